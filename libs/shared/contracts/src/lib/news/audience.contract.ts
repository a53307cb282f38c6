import type { Role } from '../auth/roles';
import type { OrganisationState } from '../organisations/organisation.contract';

/**
 * Who may see a piece of content. Each list narrows the audience (all must match); an empty list
 * does not narrow. All lists empty means everyone in the network.
 */
export interface AudienceDto {
  states: OrganisationState[];
  organisationIds: string[];
  roles: Role[];
}

export const EVERYONE: AudienceDto = { states: [], organisationIds: [], roles: [] };

/** The facts about a viewer that audiences are matched against. */
export interface AudienceViewer {
  roles: readonly Role[];
  organisationId: string | null;
  state: OrganisationState | null;
}

export function isInAudience(viewer: AudienceViewer, audience: AudienceDto): boolean {
  const stateOk =
    audience.states.length === 0 || (viewer.state !== null && audience.states.includes(viewer.state));
  const organisationOk =
    audience.organisationIds.length === 0 ||
    (viewer.organisationId !== null && audience.organisationIds.includes(viewer.organisationId));
  const roleOk = audience.roles.length === 0 || viewer.roles.some((role) => audience.roles.includes(role));
  return stateOk && organisationOk && roleOk;
}
