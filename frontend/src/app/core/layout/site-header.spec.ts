import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MeDto } from '@portal/contracts';
import { meFixture } from '../auth/testing/me.fixture';
import { signInAs } from '../auth/testing/sign-in-as';
import { SiteHeader } from './site-header';

async function renderFor(me: MeDto | null): Promise<HTMLElement> {
  await signInAs(me);
  const fixture = TestBed.createComponent(SiteHeader);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const navLabels = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('nav[aria-label="Hauptnavigation"] a')).map((a) => a.textContent?.trim());

describe('SiteHeader', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  it('shows the sections without „Verwaltung“ and „Netzwerk“ to staff', async () => {
    const el = await renderFor(meFixture(['staff', 'editor', 'manager']));
    expect(navLabels(el)).toEqual([
      'Start',
      'Neuigkeiten',
      'Termine',
      'Gute Praxis',
      'Kampagnen',
      'Digitalisierung',
      'Jobcenter',
      'Personen',
    ]);
  });

  it('adds „Netzwerk“ (the overview) for the coordination, still without „Verwaltung“', async () => {
    const el = await renderFor(meFixture(['coordinator']));
    expect(navLabels(el)).toContain('Netzwerk');
    expect(navLabels(el)).not.toContain('Verwaltung');
  });

  it('adds „Verwaltung“ for users with administration:access', async () => {
    const el = await renderFor(meFixture(['admin']));
    expect(navLabels(el)).toContain('Verwaltung');
  });

  it('shows the user menu with the name of the signed-in user', async () => {
    const el = await renderFor(meFixture(['staff']));
    const trigger = el.querySelector('app-user-menu button');
    expect(trigger?.textContent).toContain('Erika Mustermann');
    expect(trigger?.getAttribute('aria-haspopup')).toBe('menu');
  });

  it('offers an account without portal role only the user menu (to sign out), no navigation', async () => {
    const el = await renderFor(meFixture([]));
    expect(el.querySelector('nav')).toBeNull();
    expect(el.querySelector('app-user-menu button')).not.toBeNull();
    expect(el.querySelector('portal-notification-bell')).toBeNull();
  });

  it('shows signed-in users the notification bell', async () => {
    const el = await renderFor(meFixture(['staff']));
    const bell = el.querySelector('portal-notification-bell a');
    expect(bell?.getAttribute('href')).toBe('/benachrichtigungen');
    expect(bell?.getAttribute('aria-label')).toMatch(/^Benachrichtigungen, /);
  });

  it('shows anonymous users only the brand and „Anmelden“', async () => {
    const el = await renderFor(null);
    expect(el.querySelector('nav')).toBeNull();
    expect(el.querySelector('app-user-menu')).toBeNull();
    const signIn = Array.from(el.querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Anmelden');
    expect(signIn?.getAttribute('href')).toBe('/api/auth/login?returnTo=%2Fstart');
    expect(el.textContent).toContain('Kommunale Jobcenter – Stark. Sozial. Vor Ort.');
  });
});
