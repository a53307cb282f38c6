import type { SessionUser } from '../../core/auth/session-user';
import { deletionKind, mayDeleteComment, mayEditComment } from './comment.policy';

const staff: SessionUser = { id: 'u-staff', displayName: 'S', roles: ['staff'], organisationId: 'o1' };
const other: SessionUser = { id: 'u-other', displayName: 'O', roles: ['editor'], organisationId: 'o1' };
const coordinator: SessionUser = {
  id: 'u-coord',
  displayName: 'K',
  roles: ['coordinator'],
  organisationId: null,
};
const own = { authorId: 'u-staff', deletedAt: null };

describe('comment policy', () => {
  it('lets only the author edit, and nobody edit a deleted comment', () => {
    expect(mayEditComment(staff, own)).toBe(true);
    expect(mayEditComment(other, own)).toBe(false);
    expect(mayEditComment(coordinator, own)).toBe(false);
    expect(mayEditComment(staff, { ...own, deletedAt: new Date() })).toBe(false);
  });

  it('lets authors and moderators delete, and tells which of them did', () => {
    expect(mayDeleteComment(staff, own)).toBe(true);
    expect(mayDeleteComment(other, own)).toBe(false);
    expect(mayDeleteComment(coordinator, own)).toBe(true);
    expect(mayDeleteComment(coordinator, { ...own, deletedAt: new Date() })).toBe(false);
    expect(deletionKind(staff, own)).toBe('author');
    expect(deletionKind(coordinator, own)).toBe('moderation');
    expect(deletionKind(coordinator, { authorId: 'u-coord', deletedAt: null })).toBe('author');
  });
});
