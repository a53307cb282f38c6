import { EVERYONE, isInAudience } from './audience.contract';

const offenbach = { roles: ['staff' as const], organisationId: 'org-of', state: 'Hessen' as const };
const biberachManager = {
  roles: ['manager' as const],
  organisationId: 'org-bc',
  state: 'Baden-Württemberg' as const,
};

describe('isInAudience', () => {
  it('lets everyone see content for everyone', () => {
    expect(isInAudience(offenbach, EVERYONE)).toBe(true);
    expect(isInAudience({ roles: ['admin'], organisationId: null, state: null }, EVERYONE)).toBe(true);
  });

  it('narrows by Bundesland, organisation and role, all of which must match', () => {
    const hessen = { ...EVERYONE, states: ['Hessen' as const] };
    expect(isInAudience(offenbach, hessen)).toBe(true);
    expect(isInAudience(biberachManager, hessen)).toBe(false);

    const managersInHessen = { ...hessen, roles: ['manager' as const] };
    expect(isInAudience(offenbach, managersInHessen)).toBe(false);
    expect(isInAudience({ ...offenbach, roles: ['manager'] }, managersInHessen)).toBe(true);

    const ownJobcenter = { ...EVERYONE, organisationIds: ['org-bc'] };
    expect(isInAudience(biberachManager, ownJobcenter)).toBe(true);
    expect(isInAudience(offenbach, ownJobcenter)).toBe(false);
  });

  it('keeps people without an organisation out of organisation- and Land-bound content', () => {
    const noOrganisation = { roles: ['coordinator' as const], organisationId: null, state: null };
    expect(isInAudience(noOrganisation, { ...EVERYONE, states: ['Hessen'] })).toBe(false);
    expect(isInAudience(noOrganisation, { ...EVERYONE, organisationIds: ['org-of'] })).toBe(false);
  });
});
