import { returnTarget, signInHref } from './sign-in';

describe('sign-in', () => {
  it('returns to the page the user wanted, query included', () => {
    expect(signInHref('/jobcenter?land=Hessen&seite=2')).toBe(
      '/api/auth/login?returnTo=%2Fjobcenter%3Fland%3DHessen%26seite%3D2',
    );
  });

  it.each(['/', '/?returnTo=%2Fstart', '/abgemeldet', '/kein-zugang'])(
    'sends entry page %s to the start page instead',
    (path) => {
      expect(returnTarget(path)).toBe('/start');
    },
  );

  it.each(['https://evil.example/', '//evil.example', undefined, null])('refuses %p', (candidate) => {
    expect(returnTarget(candidate)).toBe('/start');
  });
});
