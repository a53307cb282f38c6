import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { NotificationsApi } from './notifications-api';

/** How often the count is refreshed while the tab is visible. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The unread count shown by the bell. `watch()` keeps it current: every minute and after each
 * navigation, not while the tab is hidden (and at once when it is shown again). Pages that read
 * notifications call `set`/`decrement`, so the bell follows without waiting for the next poll.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly count = signal<number | null>(null);
  private inFlight = false;

  /** null until the first answer. */
  readonly unread = this.count.asReadonly();

  /** Starts polling; returns the function that stops it (e.g. on sign-out). */
  watch(): () => void {
    const refreshIfVisible = () => {
      if (this.document.visibilityState !== 'hidden') this.refresh();
    };
    refreshIfVisible();
    const navigation = this.router.events
      .pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(refreshIfVisible);
    const timer = setInterval(refreshIfVisible, UNREAD_POLL_MS);
    this.document.addEventListener('visibilitychange', refreshIfVisible);
    return () => {
      navigation.unsubscribe();
      clearInterval(timer);
      this.document.removeEventListener('visibilitychange', refreshIfVisible);
    };
  }

  refresh(): void {
    if (this.inFlight) return;
    this.inFlight = true;
    this.api.unreadCount().subscribe({
      next: ({ unread }) => {
        this.count.set(unread);
        this.inFlight = false;
      },
      // Keep the last known count; the next poll tries again.
      error: () => (this.inFlight = false),
    });
  }

  set(unread: number): void {
    this.count.set(unread);
  }

  decrement(): void {
    this.count.update((count) => (count === null ? null : Math.max(0, count - 1)));
  }
}
