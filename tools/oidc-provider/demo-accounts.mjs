// Demo accounts of the local development OpenID Connect provider.
// Development and tests only: every account shares the same, publicly known password.

export const DEMO_PASSWORD = 'demo';

const EMAIL_DOMAIN = 'demo.kommunale-jobcenter.example';

// `sub` is a fixed opaque id (not the login), so ids stay stable across restarts and the
// relying party cannot mistake login names for identifiers.
const ACCOUNTS = [
  {
    login: 'admin',
    sub: '0b6f2c1e-3d4a-4f5b-8c6d-7e8f9a0b1c2d',
    givenName: 'Sabine',
    familyName: 'Adler',
    roles: ['admin'],
    organisation: null,
    description: 'Administration',
  },
  {
    login: 'koordination.dlt',
    sub: '1c7a3d2f-4e5b-4a6c-9d7e-8f9a0b1c2d3e',
    givenName: 'Jonas',
    familyName: 'Keller',
    roles: ['coordinator'],
    organisation: 'deutscher-landkreistag',
    description: 'Koordination, Deutscher Landkreistag',
  },
  {
    login: 'leitung.biberach',
    sub: '2d8b4e3a-5f6c-4b7d-8e9f-9a0b1c2d3e4f',
    givenName: 'Martina',
    familyName: 'Weber',
    roles: ['manager'],
    organisation: 'landkreis-biberach',
    description: 'Jobcenter-Leitung, Landkreis Biberach',
  },
  {
    login: 'redaktion.biberach',
    sub: '3e9c5f4b-6a7d-4c8e-9f0a-0b1c2d3e4f5a',
    givenName: 'Lukas',
    familyName: 'Schneider',
    roles: ['editor'],
    organisation: 'landkreis-biberach',
    description: 'Redaktion, Landkreis Biberach',
  },
  {
    login: 'fachkraft.biberach',
    sub: '4f0d6a5c-7b8e-4d9f-8a1b-1c2d3e4f5a6b',
    givenName: 'Aylin',
    familyName: 'Demir',
    roles: ['staff'],
    organisation: 'landkreis-biberach',
    description: 'Mitarbeitende, Landkreis Biberach',
  },
  {
    login: 'fachkraft.offenbach',
    sub: '5a1e7b6d-8c9f-4e0a-9b2c-2d3e4f5a6b7c',
    givenName: 'Thomas',
    familyName: 'Becker',
    roles: ['staff'],
    organisation: 'kreis-offenbach',
    description: 'Mitarbeitende, Kreis Offenbach',
  },
  {
    login: 'leitung.offenbach',
    sub: '7c3a9d8f-0e1b-4a2c-9d4e-4f5a6b7c8d9e',
    givenName: 'Petra',
    familyName: 'Hoffmann',
    roles: ['manager'],
    organisation: 'kreis-offenbach',
    description: 'Jobcenter-Leitung, Kreis Offenbach',
  },
  {
    login: 'redaktion.offenbach',
    sub: '8d4b0e9a-1f2c-4b3d-8e5f-5a6b7c8d9e0f',
    givenName: 'Jan',
    familyName: 'Wagner',
    roles: ['editor'],
    organisation: 'kreis-offenbach',
    description: 'Redaktion, Kreis Offenbach',
  },
  // Used by tests for the "no known role" case.
  {
    login: 'ohne.rolle',
    sub: '6b2f8c7e-9d0a-4f1b-8c3d-3e4f5a6b7c8d',
    givenName: 'Erika',
    familyName: 'Muster',
    roles: [],
    organisation: 'landkreis-biberach',
    description: 'Demo: ohne Portalrolle (zeigt „Kein Zugang“)',
  },
];

// Frozen so that no test can change an account for the tests running after it.
export const DEMO_ACCOUNTS = Object.freeze(
  ACCOUNTS.map((account) =>
    Object.freeze({
      ...account,
      email: `${account.login}@${EMAIL_DOMAIN}`,
      roles: Object.freeze(account.roles),
    }),
  ),
);
