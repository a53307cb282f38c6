import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { apiErrorInterceptor } from './api-error.interceptor';
import { meFixture } from './testing/me.fixture';
import { signInAs } from './testing/sign-in-as';
import { SKIP_AUTH_REDIRECT } from './skip-auth-redirect';

describe('apiErrorInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let navigate: jest.SpyInstance;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    navigateByUrl = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/jobcenter?land=Hessen');
  });

  afterEach(() => controller.verify());

  async function fail(url: string, status: number, context?: HttpContext): Promise<unknown> {
    const result = firstValueFrom(http.get(url, { context })).catch((error: unknown) => error);
    controller.expectOne(url).flush(null, { status, statusText: 'Fehler' });
    return result;
  }

  it('on 401 marks the user anonymous and returns to the landing page, keeping the current page', async () => {
    const store = await signInAs(meFixture());
    const error = await fail('/api/organisations', 401);

    expect(store.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/'], { queryParams: { returnTo: '/jobcenter?land=Hessen' } });
    expect(error).toMatchObject({ status: 401 });
  });

  it('on 403 shows „Zugriff verweigert“', async () => {
    const store = await signInAs(meFixture());
    await fail('/api/admin/users', 403);
    expect(navigateByUrl).toHaveBeenCalledWith('/403');
    expect(store.isSignedIn()).toBe(true);
  });

  it('leaves other errors, other hosts and opted-out requests to the caller', async () => {
    await fail('/api/organisations', 500);
    await fail('/assets/config.json', 401);
    await fail('/api/me', 401, new HttpContext().set(SKIP_AUTH_REDIRECT, true));
    expect(navigate).not.toHaveBeenCalled();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
