import { externalUrl } from './external-url';

describe('externalUrl', () => {
  it.each([
    ['https://www.kreis-offenbach.de', 'https://www.kreis-offenbach.de/'],
    ['www.kreis-offenbach.de/jobcenter', 'https://www.kreis-offenbach.de/jobcenter'],
    ['http://example.org/a?b=c', 'http://example.org/a?b=c'],
  ])('%s → %s', (input, expected) => {
    expect(externalUrl(input)).toBe(expected);
  });

  it.each([null, undefined, '', '  ', 'javascript:alert(1)', 'mailto:a@b.de', 'https://'])(
    'rejects %p',
    (input) => {
      expect(externalUrl(input)).toBeNull();
    },
  );
});
