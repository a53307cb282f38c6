import { HttpContextToken } from '@angular/common/http';

/**
 * Set on requests whose 401/403 the caller handles itself (the initial GET /api/me, the logout),
 * so the API error interceptor does not redirect.
 */
export const SKIP_AUTH_REDIRECT = new HttpContextToken<boolean>(() => false);
