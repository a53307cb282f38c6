import { effectiveRoles, withEffectiveRoles } from './effective-roles';

describe('effective roles', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('adds overrides that end after now, once each, sorted', () => {
    expect(
      effectiveRoles(
        ['staff'],
        [
          { role: 'coordinator', expiresAt: '2026-12-01T12:00:01Z' },
          { role: 'staff', expiresAt: '2027-01-01T00:00:00Z' },
        ],
        now,
      ),
    ).toEqual(['coordinator', 'staff']);
  });

  it('drops an override at its exact end', () => {
    expect(effectiveRoles(['staff'], [{ role: 'admin', expiresAt: now.toISOString() }], now)).toEqual([
      'staff',
    ]);
  });

  it('leaves a user without overrides untouched and never mutates the session copy', () => {
    const plain = { id: 'a', displayName: 'A', roles: ['staff' as const], organisationId: null };
    expect(withEffectiveRoles(plain, now)).toBe(plain);
    const withOverride = {
      ...plain,
      roleOverrides: [{ role: 'editor' as const, expiresAt: '2027-01-01T00:00:00Z' }],
    };
    const effective = withEffectiveRoles(withOverride, now);
    expect(effective.roles).toEqual(['editor', 'staff']);
    expect(withOverride.roles).toEqual(['staff']);
  });
});
