import { identityFromClaims, readClaim } from './claims';

const paths = { rolesClaim: 'roles', organisationClaim: 'organisation' };

describe('readClaim', () => {
  it('follows dot paths and stops at non-objects', () => {
    const claims = { realm_access: { roles: ['admin'] }, flat: 'x' };
    expect(readClaim(claims, 'realm_access.roles')).toEqual(['admin']);
    expect(readClaim(claims, 'flat.deeper')).toBeUndefined();
    expect(readClaim(claims, 'missing.path')).toBeUndefined();
  });
});

describe('identityFromClaims', () => {
  const base = { iss: 'http://idp', sub: 'abc' };

  it('keeps only known roles, deduplicated', () => {
    const identity = identityFromClaims(
      { ...base, roles: ['staff', 'offline_access', 'staff', 'admin'] },
      paths,
    );
    expect(identity.roles).toEqual(['admin', 'staff']);
  });

  it('reads Keycloak realm roles and a space-separated string', () => {
    const keycloak = { ...base, realm_access: { roles: ['manager', 'uma_authorization'] } };
    expect(identityFromClaims(keycloak, { ...paths, rolesClaim: 'realm_access.roles' }).roles).toEqual([
      'manager',
    ]);
    expect(identityFromClaims({ ...base, roles: 'editor staff' }, paths).roles).toEqual(['editor', 'staff']);
  });

  it('builds the display name from name, given/family name or the user name', () => {
    expect(identityFromClaims({ ...base, name: 'Aylin Demir' }, paths).displayName).toBe('Aylin Demir');
    expect(
      identityFromClaims({ ...base, given_name: 'Aylin', family_name: 'Demir' }, paths).displayName,
    ).toBe('Aylin Demir');
    expect(identityFromClaims({ ...base, preferred_username: 'ademir' }, paths).displayName).toBe('ademir');
    expect(identityFromClaims(base, paths).displayName).toBe('Unbekannte Person');
  });

  it('treats missing or malformed roles and organisation as none', () => {
    const identity = identityFromClaims({ ...base, roles: { admin: true }, organisation: 42 }, paths);
    expect(identity.roles).toEqual([]);
    expect(identity.organisationKey).toBeNull();
  });

  it('refuses tokens without subject', () => {
    expect(() => identityFromClaims({ iss: 'http://idp' }, paths)).toThrow();
  });
});
