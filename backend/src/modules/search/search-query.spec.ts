import {
  analyticsKey,
  correctableWords,
  isQueryTooLong,
  normaliseQuery,
  splitLastWord,
} from './search-query';

describe('normaliseQuery', () => {
  it('composes combining umlauts and strips control and bidi characters', () => {
    expect(normaliseQuery('Ju\u0308lich')).toBe('Jülich');
    expect(normaliseQuery(' a\u0000b\u202Ec\n\td ')).toBe('a b c d');
  });

  it('keeps emoji and right-to-left letters (they are just not found)', () => {
    expect(normaliseQuery('Jobcenter 🎉 שלום')).toBe('Jobcenter 🎉 שלום');
  });

  it('measures length in characters, not UTF-16 units', () => {
    expect(isQueryTooLong('🎉'.repeat(200))).toBe(false);
    expect(isQueryTooLong('a'.repeat(201))).toBe(true);
  });
});

describe('splitLastWord', () => {
  it('splits a bare last word', () => {
    expect(splitLastWord('Projekt Digitalis')).toEqual({ rest: 'Projekt', word: 'digitalis' });
    expect(splitLastWord('Jobcenter')).toEqual({ rest: '', word: 'jobcenter' });
  });

  it('leaves quoted, excluded, OR-ed, short and non-word endings alone', () => {
    expect(splitLastWord('"Tag der"')).toBeNull();
    expect(splitLastWord('"Tag der')).toBeNull();
    expect(splitLastWord('Tag -Kampagne')).toBeNull();
    expect(splitLastWord('Tag or Nacht')).toBeNull();
    expect(splitLastWord('ab')).toBeNull();
    expect(splitLastWord("Jobcenter'")).toBeNull();
    expect(splitLastWord('foo:*')).toBeNull();
    expect(splitLastWord('שלום')).toBeNull();
  });
});

describe('correctableWords', () => {
  it('skips excluded, quoted and operator words', () => {
    expect(correctableWords('Digitalisirung -Akte "Tag der Jobcenter" or Fortbildng')).toEqual([
      'Digitalisirung',
      'Fortbildng',
    ]);
  });
});

describe('analyticsKey', () => {
  it('ignores case', () => {
    expect(analyticsKey('E-Akte JOBCENTER')).toBe('e-akte jobcenter');
  });
});
