import { MeDto, Role } from '@portal/contracts';

/** A signed-in user for tests; pass roles to change what they may do. */
export function meFixture(roles: Role[] = ['staff'], overrides: Partial<MeDto> = {}): MeDto {
  return {
    id: 'user-1',
    displayName: 'Erika Mustermann',
    email: 'erika.mustermann@kreis-offenbach.de',
    roles,
    permissions: [],
    organisation: {
      id: 'org-1',
      key: 'kreis-offenbach',
      name: 'Kreis Offenbach',
      kind: 'jobcenter',
      state: 'Hessen',
    },
    lastLoginAt: '2025-01-15T08:05:00Z',
    ...overrides,
  };
}
