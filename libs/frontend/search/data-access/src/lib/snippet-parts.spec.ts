import { snippetParts } from './snippet-parts';

describe('snippetParts', () => {
  it('turns markers into marked parts and keeps markup as plain text', () => {
    expect(
      snippetParts('Die \u0002Jobcenter\u0003 <img src=x onerror=alert(1)> im \u0002Netz\u0003'),
    ).toEqual([
      { text: 'Die ', mark: false },
      { text: 'Jobcenter', mark: true },
      { text: ' <img src=x onerror=alert(1)> im ', mark: false },
      { text: 'Netz', mark: true },
    ]);
  });

  it('survives unbalanced markers and an empty snippet', () => {
    expect(snippetParts('\u0003a\u0002b')).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});
