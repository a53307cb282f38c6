import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  APP_BOOTSTRAP_LISTENER,
  ApplicationConfig,
  DOCUMENT,
  LOCALE_ID,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  Router,
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withDisabledInitialNavigation,
  withInMemoryScrolling,
} from '@angular/router';
import { CurrentUser } from '@portal/frontend/shared/util';
import { APP_ROUTES } from './app.routes';
import { apiErrorInterceptor } from './core/auth/api-error.interceptor';
import { AuthStore } from './core/auth/auth-store';
import { PortalTitleStrategy } from './core/routing/portal-title-strategy';
import { preloadRoute } from './core/routing/preload-route';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(
      withInterceptors([apiErrorInterceptor]),
      // The backend sets the XSRF-TOKEN cookie (readable by script) and checks the header on writes.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideRouter(
      APP_ROUTES,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
      withDisabledInitialNavigation(),
    ),
    // The first navigation starts in a task of its own after the frame (header, navigation) is
    // rendered: one long task at start-up became two shorter ones (Lighthouse's Total Blocking Time
    // counts what a task takes beyond 50 ms). The page's code was already fetched meanwhile.
    {
      provide: APP_BOOTSTRAP_LISTENER,
      multi: true,
      useFactory: () => {
        const router = inject(Router);
        return () => setTimeout(() => router.initialNavigation());
      },
    },
    { provide: TitleStrategy, useClass: PortalTitleStrategy },
    { provide: CurrentUser, useExisting: AuthStore },
    { provide: LOCALE_ID, useValue: 'de-DE' },
    // The first navigation waits for this, so guards already know who is signed in; meanwhile
    // the page's own code is fetched.
    provideAppInitializer(() => {
      const { pathname } = inject(DOCUMENT).location;
      void preloadRoute(APP_ROUTES, pathname);
      return inject(AuthStore).load();
    }),
  ],
};
