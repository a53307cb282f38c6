import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { FrontendRoutes } from '@portal/contracts';

export function bellLabel(unread: number | null): string {
  if (unread === null || unread === 0) return 'Benachrichtigungen, keine ungelesen';
  return `Benachrichtigungen, ${unread.toLocaleString('de-DE')} ungelesen`;
}

/**
 * The bell in the header: link to /benachrichtigungen named with the unread count. A change of
 * the count after the first one is announced politely (the first is in the link's name).
 */
@Component({
  selector: 'portal-notification-bell',
  imports: [RouterLink],
  template: `
    <a class="bell" [routerLink]="path" [attr.aria-label]="label()">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M6 17V11a6 6 0 1 1 12 0v6l2 2H4zM10 21h4"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linejoin="round"
        />
      </svg>
      @if (unread(); as count) {
        <span class="count" aria-hidden="true">{{ count > 99 ? '99+' : count }}</span>
      }
    </a>
    <span class="visually-hidden" aria-live="polite">{{ announcement() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 2.75rem;
      height: 2.75rem;
      border-radius: 50%;
      color: inherit;
    }
    .bell:hover {
      background: rgb(255 255 255 / 15%);
    }
    .bell:focus-visible {
      outline: var(--portal-focus-width, 3px) solid var(--portal-focus-color-inverse, #fff);
      outline-offset: 2px;
    }
    svg {
      width: 1.5rem;
      height: 1.5rem;
    }
    .count {
      position: absolute;
      top: 0;
      right: 0;
      min-width: 1.25rem;
      padding: 0 0.25rem;
      border-radius: 0.625rem;
      background: #fff;
      color: #8a1538;
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.25rem;
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  /** null until the first answer. */
  readonly unread = input<number | null>(null);
  protected readonly path = FrontendRoutes.notifications;
  protected readonly label = computed(() => bellLabel(this.unread()));
  protected readonly announcement = signal('');

  constructor() {
    let previous: number | null = null;
    effect(() => {
      const unread = this.unread();
      untracked(() => {
        if (previous !== null && unread !== null && unread !== previous) {
          this.announcement.set(bellLabel(unread));
        }
        if (unread !== null) previous = unread;
      });
    });
  }
}
