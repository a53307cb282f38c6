import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore } from './auth-store';
import { BrowserLocation } from './browser-location';
import { meFixture } from './testing/me.fixture';
import { signInAs } from './testing/sign-in-as';

describe('AuthStore', () => {
  let http: HttpTestingController;
  const location = { assign: jest.fn(), origin: 'https://portal.example' };

  beforeEach(() => {
    location.assign.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: BrowserLocation, useValue: location },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('holds the user from GET /api/me', async () => {
    const store = await signInAs(meFixture(['manager']));
    expect(store.isSignedIn()).toBe(true);
    expect(store.me()?.displayName).toBe('Erika Mustermann');
  });

  it('is anonymous when /api/me answers 401', async () => {
    const store = await signInAs(null);
    expect(store.isSignedIn()).toBe(false);
    expect(store.me()).toBeNull();
    expect(store.can('profile:read')).toBe(false);
  });

  it('is anonymous when the API cannot be reached', async () => {
    const store = TestBed.inject(AuthStore);
    const loaded = store.load();
    http.expectOne('/api/me').error(new ProgressEvent('error'));
    await loaded;
    expect(store.isSignedIn()).toBe(false);
  });

  it('grants permissions by the roles, using the shared matrix', async () => {
    const staff = await signInAs(meFixture(['staff']));
    expect(staff.can('organisations:read')).toBe(true);
    expect(staff.can('administration:access')).toBe(false);

    const admin = await signInAs(meFixture(['admin']));
    expect(admin.can('administration:access')).toBe(true);
  });

  it('signs out with a POST and leaves for the logout URL of the identity provider', async () => {
    const store = await signInAs(meFixture());
    const done = store.signOut();
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush({ logoutUrl: 'https://login.example/logout?id_token_hint=x' });
    await done;

    expect(store.isSignedIn()).toBe(false);
    expect(location.assign).toHaveBeenCalledWith('https://login.example/logout?id_token_hint=x');
  });

  it('removes what the portal kept in this browser at sign-out, and nothing else', async () => {
    localStorage.setItem('portal.campaigns.selection.u1', '[{"id":"a"}]');
    sessionStorage.setItem('portal.announcements.dismissed', '["x"]');
    localStorage.setItem('other-app', 'bleibt');
    const store = await signInAs(meFixture());
    const done = store.signOut();
    http.expectOne('/api/auth/logout').flush({ logoutUrl: 'https://login.example/logout' });
    await done;
    expect(localStorage.getItem('portal.campaigns.selection.u1')).toBeNull();
    expect(sessionStorage.getItem('portal.announcements.dismissed')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('bleibt');
    localStorage.clear();
  });

  it('refuses a logout URL that is not a web address', async () => {
    const store = await signInAs(meFixture());
    const done = store.signOut();
    http.expectOne('/api/auth/logout').flush({ logoutUrl: 'javascript:alert(1)' });
    await done;
    expect(location.assign).toHaveBeenCalledWith('/abgemeldet');
  });

  it('treats an expired session at sign-out as signed out', async () => {
    const store = await signInAs(meFixture());
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const done = store.signOut();
    http.expectOne('/api/auth/logout').flush(null, { status: 401, statusText: 'Unauthorized' });
    await done;
    expect(store.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/abgemeldet');
    expect(location.assign).not.toHaveBeenCalled();
  });
});
