import { Injectable, inject, signal } from '@angular/core';
import { NotificationsApi } from './notifications-api';

/**
 * The unread count shown by the bell. Pages that read notifications call `set`/`refresh`, so
 * the bell follows without waiting for the next poll.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly api = inject(NotificationsApi);
  private readonly count = signal<number | null>(null);
  private inFlight = false;

  /** null until the first answer. */
  readonly unread = this.count.asReadonly();

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
