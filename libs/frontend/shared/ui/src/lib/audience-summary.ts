import type { AudienceDto, Role } from '@portal/contracts';

/** Roles as a group of people, for sentences like „Leitungen in Hessen“. */
const ROLE_GROUPS: Readonly<Record<Role, string>> = {
  staff: 'Mitarbeitende',
  editor: 'Redaktionen',
  manager: 'Leitungen',
  coordinator: 'die Koordination',
  admin: 'die Administration',
};

/** „A“, „A und B“, „A, B und C“. */
export function joinGerman(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
}

/**
 * The audience in plain German: „Sichtbar für: Leitungen in Hessen“. Organisation names come
 * from `organisationNames` (id → name); unknown ids are counted instead.
 */
export function describeAudience(
  audience: AudienceDto,
  organisationNames: ReadonlyMap<string, string> = new Map(),
): string {
  const { states, organisationIds, roles } = audience;
  if (states.length === 0 && organisationIds.length === 0 && roles.length === 0) {
    return 'Sichtbar für: alle im Netzwerk';
  }
  const who = roles.length > 0 ? joinGerman(roles.map((role) => ROLE_GROUPS[role])) : 'alle';
  const where: string[] = [];
  if (organisationIds.length > 0) {
    const known = organisationIds
      .map((id) => organisationNames.get(id))
      .filter((name): name is string => !!name)
      .slice(0, 3);
    const others = organisationIds.length - known.length;
    if (others > 0)
      known.push(others === 1 ? 'einer weiteren Organisation' : `${others} weiteren Organisationen`);
    where.push(`bei ${joinGerman(known)}`);
  }
  if (states.length > 0) where.push(`in ${joinGerman(states)}`);
  if (where.length === 0) where.push('im ganzen Netzwerk');
  return `Sichtbar für: ${who} ${where.join(' ')}`;
}
