import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PRACTICE_STATUS_LABELS, PracticeSummaryDto } from '@portal/contracts';
import { DateTimePipe } from '@portal/frontend/shared/ui';

/** One practice entry in a list: title as link, origin, terms, counts and summary. */
@Component({
  selector: 'portal-practice-card',
  imports: [RouterLink, DateTimePipe],
  template: `
    <article class="card">
      <h3 class="title">
        <a [routerLink]="['/gute-praxis', item().id]">{{ item().title }}</a>
      </h3>
      <p class="meta">
        @if (item().status !== 'published') {
          <strong class="badge">{{ statusLabels[item().status] }}</strong>
        }
        @if (item().demo) {
          <span class="badge">Demo-Inhalt</span>
        }
        @if (item().organisation; as organisation) {
          <span>{{ organisation.name }} ({{ organisation.state }})</span>
        }
        @if (item().publishedAt) {
          <span>{{ item().publishedAt | portalDateTime }}</span>
        }
        <span>{{ item().adoptionCount === 1 ? '1 Übernahme' : item().adoptionCount + ' Übernahmen' }}</span>
        <span>{{ item().helpfulCount }} × hilfreich</span>
        @if (item().hasKeyFigures) {
          <span>mit Kennzahlen</span>
        }
      </p>
      <p class="summary">{{ item().summary }}</p>
      @if (item().fields.length > 0 || item().targetGroups.length > 0) {
        <ul class="terms" aria-label="Handlungsfelder und Zielgruppen">
          @for (term of item().fields; track term.id) {
            <li>{{ term.label }}</li>
          }
          @for (term of item().targetGroups; track term.id) {
            <li class="group">{{ term.label }}</li>
          }
        </ul>
      }
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
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2) var(--portal-space-3);
      margin: 0 0 var(--portal-space-2);
      color: var(--portal-color-text-muted);
      font-size: 0.875rem;
    }
    .badge {
      padding: 0 var(--portal-space-2);
      border-radius: var(--portal-radius);
      background: var(--portal-color-brand-soft);
      color: var(--portal-color-text);
    }
    .summary {
      margin: 0;
    }
    .terms {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2);
      margin: var(--portal-space-2) 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.8125rem;
    }
    .terms li {
      padding: 0 var(--portal-space-2);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeCard {
  readonly item = input.required<PracticeSummaryDto>();
  protected readonly statusLabels = PRACTICE_STATUS_LABELS;
}
