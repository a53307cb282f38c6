import { portalTitle } from './portal-title';

describe('portalTitle', () => {
  it('appends the portal name to the page title', () => {
    expect(portalTitle('Jobcenter-Verzeichnis')).toBe('Jobcenter-Verzeichnis – Netzwerk-Portal');
  });

  it.each([undefined, null, '', '  '])('falls back to the full portal name for %p', (title) => {
    expect(portalTitle(title)).toBe('Netzwerk-Portal der kommunalen Jobcenter');
  });
});
