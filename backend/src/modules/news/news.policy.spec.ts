import { EVERYONE } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { mayAddress, mayEdit } from './news.policy';

const editor: SessionUser = { id: 'u1', displayName: 'E', roles: ['editor'], organisationId: 'org-bc' };
const coordinator: SessionUser = {
  id: 'u2',
  displayName: 'K',
  roles: ['coordinator'],
  organisationId: 'org-dlt',
};
const staff: SessionUser = { id: 'u3', displayName: 'S', roles: ['staff'], organisationId: 'org-bc' };

describe('news policy', () => {
  it('lets editors address their own Jobcenter only', () => {
    expect(mayAddress(editor, { ...EVERYONE, organisationIds: ['org-bc'] })).toBe(true);
    expect(mayAddress(editor, { ...EVERYONE, organisationIds: ['org-bc'], roles: ['manager'] })).toBe(true);
    expect(mayAddress(editor, EVERYONE)).toBe(false);
    expect(mayAddress(editor, { ...EVERYONE, organisationIds: ['org-of'] })).toBe(false);
    expect(mayAddress(editor, { ...EVERYONE, organisationIds: ['org-bc', 'org-of'] })).toBe(false);
    expect(mayAddress(editor, { ...EVERYONE, organisationIds: ['org-bc'], states: ['Hessen'] })).toBe(false);
    expect(
      mayAddress({ ...editor, organisationId: null }, { ...EVERYONE, organisationIds: ['org-bc'] }),
    ).toBe(false);
  });

  it('lets coordinators address anyone and refuses staff', () => {
    expect(mayAddress(coordinator, EVERYONE)).toBe(true);
    expect(mayAddress(coordinator, { ...EVERYONE, states: ['Hessen'] })).toBe(true);
    expect(mayAddress(staff, { ...EVERYONE, organisationIds: ['org-bc'] })).toBe(false);
  });

  it('lets editors edit their organisation’s items, coordinators all, staff none', () => {
    expect(mayEdit(editor, { organisationId: 'org-bc' })).toBe(true);
    expect(mayEdit(editor, { organisationId: 'org-of' })).toBe(false);
    expect(mayEdit(editor, { organisationId: null })).toBe(false);
    expect(mayEdit(coordinator, { organisationId: 'org-of' })).toBe(true);
    expect(mayEdit(staff, { organisationId: 'org-bc' })).toBe(false);
  });
});
