import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Permission } from '@portal/contracts';
import { CurrentUser } from './current-user';

/**
 * For child routes of a feature (the app's guard on the parent has checked the sign-in): users
 * without `permission` see /403 instead of a form they could not submit.
 */
export function requirePermission(permission: Permission): CanActivateFn {
  return () => inject(CurrentUser).can(permission) || inject(Router).createUrlTree(['/403']);
}
