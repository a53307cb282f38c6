import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MeDto } from '@portal/contracts';
import { AuthStore } from '../auth-store';

/**
 * Loads the AuthStore the way the app does (GET /api/me), answering with `me` or with 401 for
 * `null`. Needs provideHttpClient() and provideHttpClientTesting() in the test module.
 */
export async function signInAs(me: MeDto | null): Promise<AuthStore> {
  const store = TestBed.inject(AuthStore);
  const loaded = store.load();
  const request = TestBed.inject(HttpTestingController).expectOne('/api/me');
  if (me) request.flush(me);
  else request.flush(null, { status: 401, statusText: 'Unauthorized' });
  await loaded;
  return store;
}
