import { Column } from 'typeorm';
import type { AudienceDto, OrganisationState, Role } from '@portal/contracts';

/**
 * The audience of a piece of content as three columns (`audience_states`,
 * `audience_organisation_ids`, `audience_roles`), embedded in every entity that has one
 * (`@Column(() => AudienceColumns)` on a property named `audience`).
 */
export class AudienceColumns implements AudienceDto {
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  states!: OrganisationState[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  organisationIds!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];
}

/** Just the three lists (drops anything else a request body or entity carries). */
export function copyAudience(audience: AudienceDto): AudienceDto {
  return { states: audience.states, organisationIds: audience.organisationIds, roles: audience.roles };
}
