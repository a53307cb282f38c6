import { TestBed } from '@angular/core/testing';
import { LandingPage } from './landing-page';

async function render(returnTo?: string): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(LandingPage);
  if (returnTo !== undefined) fixture.componentRef.setInput('returnTo', returnTo);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const signInLink = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Anmelden mit Dienstkonto');

describe('LandingPage', () => {
  it('signs in and returns to the page the guard remembered', async () => {
    const el = await render('/jobcenter?land=Hessen');
    expect(signInLink(el)?.getAttribute('href')).toBe(
      '/api/auth/login?returnTo=%2Fjobcenter%3Fland%3DHessen',
    );
  });

  it('returns to the start page by default', async () => {
    const el = await render();
    expect(signInLink(el)?.getAttribute('href')).toBe('/api/auth/login?returnTo=%2Fstart');
  });

  it('does not forward to foreign sites', async () => {
    const el = await render('https://evil.example/');
    expect(signInLink(el)?.getAttribute('href')).toBe('/api/auth/login?returnTo=%2Fstart');
  });

  it('has exactly one h1 and the key figures of the network', async () => {
    const el = await render();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.textContent).toContain('104');
    expect(el.textContent).toContain('mehr als 250.000');
  });
});
