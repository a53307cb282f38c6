import { EVERYONE } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { mayEngage, mayManage, mayRead } from './resource.policy';

const staff: SessionUser = { id: 'u1', displayName: 'F', roles: ['staff'], organisationId: 'org-bc' };
const other: SessionUser = { id: 'u2', displayName: 'O', roles: ['staff'], organisationId: 'org-of' };
const coordinator: SessionUser = { id: 'u3', displayName: 'K', roles: ['coordinator'], organisationId: null };
const viewerOf = (user: SessionUser, state: 'Hessen' | 'Baden-Württemberg' | null) => ({
  roles: user.roles,
  organisationId: user.organisationId,
  state,
});
const hessenOnly = { ...EVERYONE, states: ['Hessen' as const] };

describe('resource policy', () => {
  it('lets readers see published resources in their audience only', () => {
    const published = { status: 'published', suggestedById: null, audience: hessenOnly };
    expect(mayRead(other, viewerOf(other, 'Hessen'), published)).toBe(true);
    expect(mayRead(staff, viewerOf(staff, 'Baden-Württemberg'), published)).toBe(false);
    expect(mayRead(coordinator, viewerOf(coordinator, null), published)).toBe(true);
  });

  it('shows a suggestion to its author and the coordination, never to others', () => {
    const suggestion = { status: 'suggested', suggestedById: 'u1', audience: EVERYONE };
    expect(mayRead(staff, viewerOf(staff, null), suggestion)).toBe(true);
    expect(mayRead(other, viewerOf(other, null), suggestion)).toBe(false);
    expect(mayRead(coordinator, viewerOf(coordinator, null), suggestion)).toBe(true);
    expect(mayEngage(staff, viewerOf(staff, null), suggestion)).toBe(false);
  });

  it('hides a published resource from its suggester outside the audience', () => {
    const published = { status: 'published', suggestedById: 'u1', audience: hessenOnly };
    expect(mayRead(staff, viewerOf(staff, 'Baden-Württemberg'), published)).toBe(false);
  });

  it('grants management to the coordination only', () => {
    expect(mayManage(coordinator)).toBe(true);
    expect(mayManage(staff)).toBe(false);
  });
});
