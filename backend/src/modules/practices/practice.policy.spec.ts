import type { SessionUser } from '../../core/auth/session-user';
import { mayAdopt, mayDecide, mayEdit, mayRead, mayReadDrafts, maySubmit } from './practice.policy';

const BIBERACH = 'org-biberach';
const OFFENBACH = 'org-offenbach';
const author: SessionUser = { id: 'u1', displayName: 'A', roles: ['staff'], organisationId: BIBERACH };
const colleague: SessionUser = { id: 'u2', displayName: 'B', roles: ['staff'], organisationId: BIBERACH };
const editor: SessionUser = { id: 'u3', displayName: 'C', roles: ['editor'], organisationId: BIBERACH };
const otherEditor: SessionUser = { id: 'u4', displayName: 'D', roles: ['editor'], organisationId: OFFENBACH };
const otherManager: SessionUser = {
  id: 'u5',
  displayName: 'E',
  roles: ['manager'],
  organisationId: OFFENBACH,
};
const coordinator: SessionUser = {
  id: 'u6',
  displayName: 'F',
  roles: ['coordinator'],
  organisationId: 'dlt',
};

const entry = (status: 'draft' | 'in-review' | 'published' | 'archived') => ({
  status,
  authorId: author.id,
  organisationId: BIBERACH,
});

describe('practice policy', () => {
  it('keeps drafts to the author', () => {
    expect(mayRead(author, entry('draft'))).toBe(true);
    for (const user of [colleague, editor, coordinator]) expect(mayRead(user, entry('draft'))).toBe(false);
    expect(mayEdit(author, entry('draft'))).toBe(true);
    expect(maySubmit(author, entry('draft'))).toBe(true);
    expect(maySubmit(editor, entry('draft'))).toBe(false);
  });

  it('shows entries in review to the author and its reviewers only', () => {
    expect(mayRead(author, entry('in-review'))).toBe(true);
    expect(mayRead(editor, entry('in-review'))).toBe(true);
    expect(mayRead(coordinator, entry('in-review'))).toBe(true);
    expect(mayRead(colleague, entry('in-review'))).toBe(false);
    expect(mayRead(otherEditor, entry('in-review'))).toBe(false);
    expect(mayDecide(editor, entry('in-review'))).toBe(true);
    expect(mayDecide(otherEditor, entry('in-review'))).toBe(false);
    expect(mayDecide(author, entry('in-review'))).toBe(false);
  });

  it('never lets anyone review their own entry (four eyes)', () => {
    const byEditor = { status: 'in-review' as const, authorId: editor.id, organisationId: BIBERACH };
    const byCoordinator = { status: 'in-review' as const, authorId: coordinator.id, organisationId: 'dlt' };
    expect(mayDecide(editor, byEditor)).toBe(false);
    expect(mayDecide(coordinator, byEditor)).toBe(true);
    expect(mayDecide({ ...editor, id: 'u7' }, byEditor)).toBe(true);
    expect(mayDecide(coordinator, byCoordinator)).toBe(false);
  });

  it('lets reviewers, not the author, edit published entries', () => {
    expect(mayEdit(editor, entry('published'))).toBe(true);
    expect(mayEdit(coordinator, entry('published'))).toBe(true);
    expect(mayEdit(author, entry('published'))).toBe(false);
    expect(mayEdit(otherEditor, entry('published'))).toBe(false);
  });

  it('lets managers and editors of other organisations adopt published entries', () => {
    expect(mayAdopt(otherManager, entry('published'))).toBe(true);
    expect(mayAdopt(otherEditor, entry('published'))).toBe(true);
    expect(mayAdopt(editor, entry('published'))).toBe(false);
    expect(mayAdopt(colleague, entry('published'))).toBe(false);
    expect(mayAdopt(otherManager, entry('in-review'))).toBe(false);
  });

  it("keeps the draft history to the author and the reviewers of the author's Jobcenter", () => {
    for (const user of [author, editor, coordinator])
      expect(mayReadDrafts(user, entry('published'))).toBe(true);
    for (const user of [colleague, otherEditor, otherManager])
      expect(mayReadDrafts(user, entry('published'))).toBe(false);
    // An author who deleted their account is no one: the history stays with the reviewers.
    expect(mayReadDrafts(author, { ...entry('published'), authorId: null })).toBe(false);
  });
});
