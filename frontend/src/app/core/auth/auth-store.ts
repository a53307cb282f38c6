import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  BrowserPaths,
  FrontendRoutes,
  LogoutResponseDto,
  MeDto,
  Permission,
  hasPermission,
} from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { firstValueFrom } from 'rxjs';
import { BrowserLocation } from './browser-location';
import { SKIP_AUTH_REDIRECT } from './skip-auth-redirect';

/** Every key the portal writes to the browser's storage starts with this. */
const PORTAL_STORAGE_PREFIX = 'portal.';

/** Who is signed in. Loaded once at start-up; the session itself lives in an HttpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class AuthStore implements CurrentUser {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly location = inject(BrowserLocation);
  private readonly current = signal<MeDto | null>(null);

  readonly me = this.current.asReadonly();
  readonly isSignedIn = computed(() => this.current() !== null);
  /** A session without any portal role may only see „Kein Zugang“ and sign out. */
  readonly hasPortalRole = computed(() => (this.current()?.roles.length ?? 0) > 0);

  /** Reads the shared permission matrix, so the UI shows what the backend would allow. */
  can(permission: Permission): boolean {
    const me = this.current();
    return me !== null && hasPermission(me.roles, permission);
  }

  /** GET /api/me. Any failure (401 without a session, network) leaves the user anonymous. */
  async load(): Promise<void> {
    try {
      const context = new HttpContext().set(SKIP_AUTH_REDIRECT, true);
      this.current.set(await firstValueFrom(this.http.get<MeDto>(BrowserPaths.me, { context })));
    } catch {
      this.current.set(null);
    }
  }

  /** The session has ended on the server (an API call answered 401). */
  markAnonymous(): void {
    this.current.set(null);
  }

  /**
   * POST /api/auth/logout through HttpClient, so the XSRF header is sent, then leave for the identity
   * provider's logout page. An already expired session counts as signed out.
   */
  async signOut(): Promise<void> {
    const context = new HttpContext().set(SKIP_AUTH_REDIRECT, true);
    try {
      const { logoutUrl } = await firstValueFrom(
        this.http.post<LogoutResponseDto>(BrowserPaths.logout, null, { context }),
      );
      this.signedOut();
      this.location.assign(this.isWebUrl(logoutUrl) ? logoutUrl : FrontendRoutes.signedOut);
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) throw error;
      this.signedOut();
      await this.router.navigateByUrl(FrontendRoutes.signedOut);
    }
  }

  /**
   * Forgets the user here and what the portal kept in this browser for them (e.g. the material
   * basket): on a shared computer the next person starts clean.
   */
  private signedOut(): void {
    this.current.set(null);
    for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
      try {
        const keys = Array.from({ length: storage?.length ?? 0 }, (_, i) => storage.key(i));
        for (const key of keys) if (key?.startsWith(PORTAL_STORAGE_PREFIX)) storage.removeItem(key);
      } catch {
        // Storage disabled: nothing was kept.
      }
    }
  }

  private isWebUrl(url: unknown): url is string {
    if (typeof url !== 'string' || url.length === 0) return false;
    try {
      return ['https:', 'http:'].includes(new URL(url, this.location.origin).protocol);
    } catch {
      return false;
    }
  }
}
