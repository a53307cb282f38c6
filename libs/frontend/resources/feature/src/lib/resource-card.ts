import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RESOURCE_STATUS_LABELS, ResourceSummaryDto } from '@portal/contracts';
import { formatCalendarDate, kindLabel, linkLabel, ratingLabel } from './resource-format';

/** One resource in a list (title links to the detail page). */
@Component({
  selector: 'portal-resource-card',
  imports: [RouterLink],
  template: `
    @let resource = item();
    <article class="card">
      <p class="meta">
        <span class="kind">{{ kind() }}</span>
        @if (resource.demo) {
          <span class="badge">Demo-Inhalt</span>
        }
        @if (resource.status !== 'published') {
          <span class="badge">{{ statusLabels[resource.status] }}</span>
        }
        @if (resource.link?.status === 'broken') {
          <span class="badge warning">{{ link() }}</span>
        }
      </p>
      <h3>
        <a [routerLink]="['/digitalisierung', resource.id]">{{ resource.title }}</a>
      </h3>
      @if (resource.excerpt) {
        <p>{{ resource.excerpt }}</p>
      }
      <p class="facts">
        @if (resource.provider.name) {
          <span>Anbieter: {{ resource.provider.name }}</span>
        }
        @if (publishedOn()) {
          <span>Veröffentlicht: {{ publishedOn() }}</span>
        }
        <span>{{ rating() }}</span>
        @if (resource.fileCount > 0) {
          <span>{{ resource.fileCount }} {{ resource.fileCount === 1 ? 'Datei' : 'Dateien' }}</span>
        }
      </p>
      @if (resource.topics.length > 0) {
        <ul class="topics" aria-label="Themen">
          @for (topic of resource.topics; track topic.id) {
            <li>{{ topic.label }}</li>
          }
        </ul>
      }
    </article>
  `,
  styles: `
    .card {
      padding: var(--portal-space-3);
      border: 1px solid var(--portal-color-border);
      border-radius: 4px;
      background: var(--portal-color-surface);
    }
    h3 {
      margin: var(--portal-space-1) 0;
    }
    .meta,
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2);
      margin: 0;
      font-size: 0.875rem;
    }
    .kind {
      font-weight: 600;
    }
    .badge {
      padding: 0 var(--portal-space-1);
      border: 1px solid currentColor;
      border-radius: 4px;
    }
    .warning {
      color: var(--portal-color-error);
    }
    .topics {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-1);
      margin: var(--portal-space-2) 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .topics li {
      padding: 0 var(--portal-space-1);
      background: var(--portal-color-brand-soft);
      border-radius: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceCard {
  readonly item = input.required<ResourceSummaryDto>();

  protected readonly statusLabels = RESOURCE_STATUS_LABELS;
  protected readonly kind = computed(() => kindLabel(this.item().kind));
  protected readonly publishedOn = computed(() => formatCalendarDate(this.item().publishedOn));
  protected readonly rating = computed(() => ratingLabel(this.item().rating));
  protected readonly link = computed(() => linkLabel(this.item().link));
}
