import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { meFixture } from '../../core/auth/testing/me.fixture';
import { signInAs } from '../../core/auth/testing/sign-in-as';
import { ProfilePage } from './profile-page';

describe('ProfilePage', () => {
  it('shows roles and permissions in German, the organisation as a link and the last sign-in in Berlin time', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    await signInAs(
      meFixture(['manager', 'coordinator'], {
        permissions: ['organisations:read', 'profile:read'],
        lastLoginAt: '2025-07-01T22:30:00Z',
      }),
    );
    const fixture = TestBed.createComponent(ProfilePage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.textContent).toContain('Jobcenter-Leitung, Koordination');
    const permissions = Array.from(el.querySelectorAll('ul li')).map((li) => li.textContent?.trim());
    expect(permissions).toEqual([
      'Das Verzeichnis der Jobcenter und Verbände ansehen',
      'Das eigene Profil ansehen',
    ]);
    expect(el.querySelector('a[href="/jobcenter/org-1"]')?.textContent).toBe('Kreis Offenbach');
    expect(el.querySelector('time')?.textContent).toBe('02.07.2025, 00:30 Uhr');
  });
});
