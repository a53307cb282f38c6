import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it.each(['/start', '/jobcenter?land=Hessen', '/jobcenter/abc#kontakt'])('keeps %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/start\r\nLocation: https://evil.example',
    'javascript:alert(1)',
    '/api/auth/logout',
    `/${'a'.repeat(600)}`,
    42,
  ])('rejects %p', (path) => {
    expect(safeReturnPath(path)).toBe('/start');
  });
});
