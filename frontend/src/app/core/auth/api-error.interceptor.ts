import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_PREFIX, FrontendRoutes } from '@portal/contracts';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from './auth-store';
import { returnTarget } from './sign-in';
import { SKIP_AUTH_REDIRECT } from './skip-auth-redirect';

/**
 * Session and permission errors of API calls, handled in one place: 401 means the session is gone
 * (back to the landing page, which returns here after sign-in), 403 shows „Zugriff verweigert“.
 * The error still reaches the caller so it can stop its loading state.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const handled =
        error instanceof HttpErrorResponse &&
        request.url.startsWith(`/${API_PREFIX}/`) &&
        !request.context.get(SKIP_AUTH_REDIRECT);
      if (handled && error.status === 401) {
        auth.markAnonymous();
        void router.navigate([FrontendRoutes.home], { queryParams: { returnTo: returnTarget(router.url) } });
      } else if (handled && error.status === 403) {
        void router.navigateByUrl('/403');
      }
      return throwError(() => error);
    }),
  );
};
