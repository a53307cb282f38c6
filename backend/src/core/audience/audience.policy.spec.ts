import { EVERYONE, Permission } from '@portal/contracts';
import type { SessionUser } from '../auth/session-user';
import { mayAddressAudience, mayEditOwnedItem } from './audience.policy';

const events = { write: Permission.EventsWrite, network: Permission.EventsPublishNetwork };
const editor: SessionUser = { id: 'u1', displayName: 'E', roles: ['editor'], organisationId: 'org-bc' };
const manager: SessionUser = { id: 'u2', displayName: 'L', roles: ['manager'], organisationId: 'org-bc' };
const admin: SessionUser = { id: 'u3', displayName: 'A', roles: ['admin'], organisationId: null };

describe('audience policy (per permission pair)', () => {
  it('applies the own-Jobcenter rule with the given permissions', () => {
    expect(mayAddressAudience(editor, { ...EVERYONE, organisationIds: ['org-bc'] }, events)).toBe(true);
    expect(mayAddressAudience(editor, EVERYONE, events)).toBe(false);
    expect(mayAddressAudience(manager, { ...EVERYONE, organisationIds: ['org-bc'] }, events)).toBe(false);
    expect(mayAddressAudience(admin, { ...EVERYONE, states: ['Hessen'] }, events)).toBe(true);
  });

  it('lets writers edit their organisation’s items only', () => {
    expect(mayEditOwnedItem(editor, { organisationId: 'org-bc' }, events)).toBe(true);
    expect(mayEditOwnedItem(editor, { organisationId: 'org-of' }, events)).toBe(false);
    expect(mayEditOwnedItem(manager, { organisationId: 'org-bc' }, events)).toBe(false);
    expect(mayEditOwnedItem(admin, { organisationId: null }, events)).toBe(true);
  });
});
