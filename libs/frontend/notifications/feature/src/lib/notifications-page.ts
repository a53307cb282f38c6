import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FrontendRoutes, NotificationDto } from '@portal/contracts';
import { NotificationsApi, UnreadCountStore } from '@portal/frontend/notifications/data-access';
import { NotificationItem } from '@portal/frontend/notifications/ui';
import { EmptyState } from '@portal/frontend/shared/ui';

/** /benachrichtigungen — the user's notifications, newest first, page by page. */
@Component({
  selector: 'portal-notifications-page',
  imports: [NotificationItem, EmptyState, RouterLink],
  template: `
    <h1>Benachrichtigungen</h1>
    <p class="intro">
      Was im Netzwerk für Sie neu ist. Wie Sie per E-Mail benachrichtigt werden, legen Sie in den
      <a [routerLink]="settingsPath">Einstellungen für Benachrichtigungen</a> fest.
    </p>

    @if (hasUnread()) {
      <button type="button" class="button" (click)="markAllRead()">Alle als gelesen markieren</button>
    }

    <h2 class="visually-hidden" id="liste">Liste der Benachrichtigungen</h2>
    @if (items().length > 0) {
      <ul class="list" aria-labelledby="liste">
        @for (item of items(); track item.id) {
          <li>
            <portal-notification-item
              [item]="item"
              (markRead)="markRead($event)"
              (opened)="markRead($event)"
            />
          </li>
        }
      </ul>
    } @else if (status() === 'idle') {
      <portal-empty-state title="Sie haben keine Benachrichtigungen." />
    }

    <div class="more" aria-live="polite">
      @if (status() === 'loading') {
        <p>Benachrichtigungen werden geladen …</p>
      } @else if (status() === 'error') {
        <p class="error" role="alert">Die Benachrichtigungen konnten nicht geladen werden.</p>
        <button type="button" class="button" (click)="loadMore()">Erneut versuchen</button>
      } @else if (nextCursor()) {
        <button type="button" class="button" (click)="loadMore()">Weitere laden</button>
      }
      <p>{{ message() }}</p>
    </div>
  `,
  styles: `
    .intro {
      color: var(--portal-color-text-muted);
    }
    .list {
      display: grid;
      gap: var(--portal-space-3);
      margin: var(--portal-space-4) 0 0;
      padding: 0;
      list-style: none;
    }
    .more {
      margin-top: var(--portal-space-4);
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly unread = inject(UnreadCountStore);

  protected readonly settingsPath = FrontendRoutes.notificationSettings;
  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  protected readonly message = signal('');
  protected readonly hasUnread = computed(() => this.items().some((item) => !item.readAt));

  constructor() {
    this.loadMore();
  }

  protected loadMore(): void {
    this.status.set('loading');
    this.api.list({ cursor: this.nextCursor() ?? undefined }).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }

  protected markRead(item: NotificationDto): void {
    if (item.readAt) return;
    this.api.markRead(item.id).subscribe({
      next: (updated) => {
        this.replace(updated);
        this.unread.decrement();
        this.message.set(`„${updated.title}“ als gelesen markiert.`);
      },
      error: () => this.message.set('Die Benachrichtigung konnte nicht als gelesen markiert werden.'),
    });
  }

  protected markAllRead(): void {
    this.api.markAllRead().subscribe({
      next: ({ unread }) => {
        const now = new Date().toISOString();
        this.items.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt: now })));
        this.unread.set(unread);
        this.message.set('Alle Benachrichtigungen sind als gelesen markiert.');
      },
      error: () => this.message.set('Die Benachrichtigungen konnten nicht als gelesen markiert werden.'),
    });
  }

  private replace(updated: NotificationDto): void {
    this.items.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
  }
}
