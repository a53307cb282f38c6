import { FORMER_PERSON_LABEL } from '@portal/contracts';
import { authorSummary } from './author-summary';

describe('authorSummary', () => {
  it('names the person while the account exists (the flag cannot hide them)', () => {
    expect(authorSummary({ id: 'u1', displayName: 'Aylin Demir' }, false)).toEqual({
      id: 'u1',
      displayName: 'Aylin Demir',
    });
    expect(authorSummary({ id: 'u1', displayName: 'Aylin Demir' }, true)?.displayName).toBe('Aylin Demir');
  });

  it('says „ehemalige Person“ after a deletion, and nothing for content without an author', () => {
    expect(authorSummary(null, true)).toEqual({ id: null, displayName: FORMER_PERSON_LABEL });
    expect(FORMER_PERSON_LABEL).toBe('ehemalige Person');
    expect(authorSummary(null, false)).toBeNull();
    expect(authorSummary(undefined, undefined)).toBeNull();
  });
});
