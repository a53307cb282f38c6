import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NOTIFICATION_KINDS, NotificationDto } from '@portal/contracts';
import { DateTimePipe } from '@portal/frontend/shared/ui';

/** One notification: kind, title as link, time, text; unread ones are marked and can be marked read. */
@Component({
  selector: 'portal-notification-item',
  imports: [RouterLink, DateTimePipe],
  template: `
    <article class="item" [class.unread]="!item().readAt">
      <p class="meta">
        @if (!item().readAt) {
          <strong class="badge">Ungelesen</strong>
        }
        <span>{{ kinds[item().kind].label }}</span>
        <span>{{ item().createdAt | portalDateTime }}</span>
      </p>
      <h3 class="title">
        <a [routerLink]="item().link" (click)="opened.emit(item())">{{ item().title }}</a>
      </h3>
      <p class="text">{{ item().text }}</p>
      @if (!item().readAt) {
        <!-- The name starts with the visible text (label in name) and says which item. -->
        <button
          type="button"
          class="mark"
          [attr.aria-label]="'Als gelesen markieren: ' + item().title"
          (click)="markRead.emit(item())"
        >
          Als gelesen markieren
        </button>
      }
    </article>
  `,
  styles: `
    .item {
      padding: var(--portal-space-4);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .unread {
      border-left: 6px solid var(--portal-color-brand);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-1) var(--portal-space-3);
      margin: 0 0 var(--portal-space-2);
      color: var(--portal-color-text-muted);
      font-size: 0.875rem;
    }
    .badge {
      color: var(--portal-color-text);
    }
    .title {
      margin: 0 0 var(--portal-space-2);
      font-size: 1.125rem;
    }
    .text {
      margin: 0;
    }
    .mark {
      margin-top: var(--portal-space-3);
      min-height: 2.75rem;
      padding: 0 var(--portal-space-3);
      border: 1px solid var(--portal-color-brand);
      border-radius: var(--portal-radius);
      background: transparent;
      color: var(--portal-color-brand);
      font: inherit;
      cursor: pointer;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationItem {
  readonly item = input.required<NotificationDto>();
  readonly markRead = output<NotificationDto>();
  readonly opened = output<NotificationDto>();
  protected readonly kinds = NOTIFICATION_KINDS;
}
