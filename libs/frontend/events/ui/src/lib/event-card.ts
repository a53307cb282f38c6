import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EventSummaryDto } from '@portal/contracts';
import { formatEventWhen } from './event-dates';

/** One Termin in the list: title as link, when, where, organiser; cancelled ones marked. */
@Component({
  selector: 'portal-event-card',
  imports: [RouterLink],
  template: `
    <article class="card" [class.cancelled]="event().cancelled">
      <h3 class="title">
        <a [routerLink]="['/termine', event().id]">{{ event().title }}</a>
        @if (event().cancelled) {
          <strong class="badge">Abgesagt</strong>
        }
      </h3>
      <p class="when">{{ when() }}</p>
      <p class="meta">
        @if (event().place; as place) {
          <span>{{ place }}</span>
        }
        @if (event().onlineUrl) {
          <span>Online</span>
        }
        @if (event().organisation; as organisation) {
          <span>{{ organisation.name }}</span>
        }
      </p>
    </article>
  `,
  styles: `
    .card {
      padding: var(--portal-space-4);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .title {
      margin: 0 0 var(--portal-space-2);
      font-size: 1.125rem;
    }
    .badge {
      margin-left: var(--portal-space-2);
      padding: 0 var(--portal-space-1);
      border: 1px solid currentColor;
      border-radius: var(--portal-radius);
      font-size: 0.875rem;
      text-transform: uppercase;
    }
    .when {
      margin: 0 0 var(--portal-space-1);
      font-weight: 600;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-1) var(--portal-space-3);
      margin: 0;
      color: var(--portal-color-text-muted);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventCard {
  readonly event = input.required<EventSummaryDto>();
  protected readonly when = computed(() => formatEventWhen(this.event()));
}
