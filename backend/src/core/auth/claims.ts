import { Role, isRole } from '@portal/contracts';

export type Claims = Readonly<Record<string, unknown>>;

/** Reads a dot path such as `realm_access.roles` from a claims object. */
export function readClaim(claims: Claims, path: string): unknown {
  let current: unknown = claims;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The identity of a person as the provider describes it, reduced to what the portal uses. */
export interface Identity {
  issuer: string;
  subject: string;
  displayName: string;
  email: string | null;
  /** Known portal roles only; unknown role names from the provider are ignored. */
  roles: Role[];
  organisationKey: string | null;
}

function text(value: unknown, maxLength: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed.slice(0, maxLength) : null;
}

function roleList(value: unknown): Role[] {
  const candidates = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return [...new Set(candidates.filter(isRole))].sort();
}

export function identityFromClaims(
  claims: Claims,
  paths: { rolesClaim: string; organisationClaim: string },
): Identity {
  const issuer = text(claims['iss'], 500);
  const subject = text(claims['sub'], 255);
  if (!issuer || !subject) throw new Error('ID token without iss or sub');
  const given = text(claims['given_name'], 100);
  const family = text(claims['family_name'], 100);
  const displayName =
    text(claims['name'], 200) ??
    ([given, family].filter(Boolean).join(' ') || null) ??
    text(claims['preferred_username'], 200) ??
    'Unbekannte Person';
  return {
    issuer,
    subject,
    displayName,
    email: text(claims['email'], 320),
    roles: roleList(readClaim(claims, paths.rolesClaim)),
    organisationKey: text(readClaim(claims, paths.organisationClaim), 200),
  };
}
