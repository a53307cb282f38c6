import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MeDto } from '@portal/contracts';
import { authGuard, guestGuard, permissionGuard } from './auth.guards';
import { meFixture } from './testing/me.fixture';
import { signInAs } from './testing/sign-in-as';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('route guards', () => {
  let router: Router;

  async function visit(url: string, me: MeDto | null): Promise<string> {
    await signInAs(me);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return router.url;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Blank, canActivate: [guestGuard] },
          { path: 'start', component: Blank, canActivate: [authGuard] },
          { path: 'jobcenter', component: Blank, canActivate: [permissionGuard('organisations:read')] },
          { path: 'verwaltung', component: Blank, canActivate: [permissionGuard('administration:access')] },
          { path: '403', component: Blank },
          { path: 'kein-zugang', component: Blank },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  describe('authGuard', () => {
    it('sends anonymous users to the landing page and keeps where they wanted to go', async () => {
      expect(await visit('/start', null)).toBe('/?returnTo=%2Fstart');
    });

    it('lets signed-in users in', async () => {
      expect(await visit('/start', meFixture())).toBe('/start');
    });

    it('sends accounts without any portal role to „Kein Zugang“', async () => {
      expect(await visit('/start', meFixture([]))).toBe('/kein-zugang');
    });
  });

  describe('permissionGuard', () => {
    it('sends anonymous users to the landing page with the full return path', async () => {
      expect(await visit('/jobcenter?land=Hessen', null)).toBe('/?returnTo=%2Fjobcenter%3Fland%3DHessen');
    });

    it('shows /403 to signed-in users without the permission', async () => {
      expect(await visit('/verwaltung', meFixture(['staff', 'coordinator']))).toBe('/403');
    });

    it('sends accounts without any portal role to „Kein Zugang“, not to /403', async () => {
      expect(await visit('/jobcenter', meFixture([]))).toBe('/kein-zugang');
    });

    it('lets users with the permission in', async () => {
      expect(await visit('/verwaltung', meFixture(['admin']))).toBe('/verwaltung');
    });

    it('names its permission for the route table', () => {
      expect(permissionGuard('users:read').permission).toBe('users:read');
    });
  });

  describe('guestGuard', () => {
    it('shows the landing page to anonymous users', async () => {
      expect(await visit('/?returnTo=%2Fjobcenter', null)).toBe('/?returnTo=%2Fjobcenter');
    });

    it('forwards signed-in users to their return path', async () => {
      expect(await visit('/?returnTo=%2Fjobcenter', meFixture())).toBe('/jobcenter');
    });

    it('forwards signed-in users to the start page by default and refuses foreign targets', async () => {
      expect(await visit('/?returnTo=https%3A%2F%2Fevil.example', meFixture())).toBe('/start');
    });
  });
});
