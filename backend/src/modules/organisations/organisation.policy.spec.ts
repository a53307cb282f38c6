import type { Role } from '@portal/contracts';
import { mayAdministerOrganisations, mayEditOrganisation } from './organisation.policy';

const OWN = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const user = (roles: Role[]) => ({ id: 'u', displayName: 'U', roles, organisationId: OWN });

describe('organisation policy', () => {
  it.each<[Role, boolean, boolean]>([
    ['staff', false, false],
    ['editor', true, false],
    ['manager', true, false],
    ['coordinator', true, true],
    ['admin', true, true],
  ])('%s edits own: %s, foreign: %s', (role, own, foreign) => {
    expect(mayEditOrganisation(user([role]), OWN)).toBe(own);
    expect(mayEditOrganisation(user([role]), OTHER)).toBe(foreign);
  });

  it('lets only the administration change master data', () => {
    expect(mayAdministerOrganisations(user(['admin']))).toBe(true);
    expect(mayAdministerOrganisations(user(['coordinator']))).toBe(false);
    expect(mayAdministerOrganisations(user(['manager', 'editor']))).toBe(false);
  });
});
