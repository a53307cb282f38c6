import type { Signal } from '@angular/core';
import type { MeDto, Permission } from '@portal/contracts';

/**
 * Who is signed in, for feature libraries (the app provides it with its AuthStore). The UI only
 * hides what the user could not use; the backend decides.
 */
export abstract class CurrentUser {
  abstract readonly me: Signal<MeDto | null>;
  abstract can(permission: Permission): boolean;
}
