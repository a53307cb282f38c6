import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { FrontendRoutes, Permission } from '@portal/contracts';
import { AuthStore } from './auth-store';
import { returnTarget } from './sign-in';

/** A permission guard that names its permission, so the route table test can list it. */
export type PermissionGuard = CanActivateFn & { readonly permission: Permission };

/**
 * Signed-in users with a portal role only. Anonymous users go to the landing page, which returns them
 * here after sign-in; accounts without any role to „Kein Zugang“.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (!auth.isSignedIn()) return landingPage(router, state.url);
  return auth.hasPortalRole() || router.parseUrl(FrontendRoutes.noAccess);
};

/** Like `authGuard`, and holding `permission`; signed-in users without it see /403. */
export function permissionGuard(permission: Permission): PermissionGuard {
  const guard: CanActivateFn = (route, state) => {
    const signedIn = authGuard(route, state);
    if (signedIn !== true) return signedIn;
    return inject(AuthStore).can(permission) || inject(Router).createUrlTree(['/403']);
  };
  return Object.assign(guard, { permission });
}

/** The landing page is for anonymous users; signed-in users continue to where they wanted to go. */
export const guestGuard: CanActivateFn = (route) =>
  !inject(AuthStore).isSignedIn() ||
  inject(Router).parseUrl(returnTarget(route.queryParamMap.get('returnTo')));

function landingPage(router: Router, url: string): UrlTree {
  return router.createUrlTree([FrontendRoutes.home], { queryParams: { returnTo: url } });
}
