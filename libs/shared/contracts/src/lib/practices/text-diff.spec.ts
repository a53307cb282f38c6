import { diffWords } from './text-diff';

describe('diffWords', () => {
  it('marks removed and added words and keeps the rest', () => {
    expect(
      diffWords('Wir beraten Jugendliche im Quartier', 'Wir beraten Alleinerziehende im Quartier'),
    ).toEqual([
      { kind: 'same', text: 'Wir beraten ' },
      { kind: 'removed', text: 'Jugendliche' },
      { kind: 'added', text: 'Alleinerziehende' },
      { kind: 'same', text: ' im Quartier' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', 'neu')).toEqual([{ kind: 'added', text: 'neu' }]);
    expect(diffWords('alt', '')).toEqual([{ kind: 'removed', text: 'alt' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('puts the parts back together into both texts', () => {
    const before = 'Eins zwei drei vier fünf';
    const after = 'Eins drei vier sechs fünf sieben';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});
