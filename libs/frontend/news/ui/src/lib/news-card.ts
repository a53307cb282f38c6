import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NEWS_CATEGORY_LABELS, NewsSummaryDto } from '@portal/contracts';
import { DateTimePipe } from '@portal/frontend/shared/ui';

/**
 * One news item in a list: cover (if any), title as link, its marks (unread, pinned, important,
 * demo), origin, time and teaser.
 */
@Component({
  selector: 'portal-news-card',
  imports: [RouterLink, DateTimePipe],
  template: `
    <article class="card" [class.unread]="item().unread" [class.with-cover]="!!item().cover">
      @if (item().cover; as cover) {
        <!-- Width and height reserve the box before the image loads: no layout shift. The ~400 px
             thumbnail fills the card; the original only until the preview exists. -->
        <img
          class="cover"
          [src]="cover.thumbnailUrl ?? cover.url"
          [alt]="cover.altText"
          loading="lazy"
          decoding="async"
          width="320"
          height="180"
        />
      }
      <h3 class="title">
        <a [routerLink]="['/neuigkeiten', item().id]">{{ item().title }}</a>
      </h3>
      <p class="meta">
        @if (item().unread) {
          <strong class="badge">Ungelesen</strong>
        }
        @if (item().pinned) {
          <strong class="badge">Angeheftet</strong>
        }
        @if (item().archived) {
          <strong class="badge">Archiviert</strong>
        }
        @if (item().important) {
          <strong class="important">Wichtig</strong>
        }
        @if (item().demo) {
          <strong class="badge demo">Demo</strong>
        }
        <span>{{ categoryLabels[item().category] }}</span>
        @if (item().organisation; as organisation) {
          <span>{{ organisation.name }}</span>
        }
        <span>{{ item().publishedAt | portalDateTime }}</span>
        @if (item().editedAt) {
          <span>aktualisiert am {{ item().editedAt | portalDateTime }}</span>
        }
      </p>
      <p class="teaser">{{ item().teaser }}</p>
    </article>
  `,
  styles: `
    .card {
      padding: var(--portal-space-4);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .with-cover {
      display: grid;
      grid-template-columns: minmax(0, 10rem) minmax(0, 1fr);
      column-gap: var(--portal-space-4);
    }
    .with-cover > :not(.cover) {
      grid-column: 2;
    }
    .cover {
      grid-row: 1 / span 3;
      width: 100%;
      height: auto;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      border-radius: var(--portal-radius);
      background: var(--portal-color-brand-soft);
    }
    @media (max-width: 40rem) {
      .with-cover {
        grid-template-columns: minmax(0, 1fr);
      }
      .with-cover > :not(.cover) {
        grid-column: 1;
      }
      .cover {
        grid-row: auto;
        margin-bottom: var(--portal-space-2);
      }
    }
    .unread {
      border-left: 0.375rem solid var(--portal-color-brand);
    }
    .badge {
      padding: 0 var(--portal-space-2);
      border-radius: var(--portal-radius);
      background: var(--portal-color-brand-soft);
      color: var(--portal-color-text);
    }
    .title {
      margin: 0 0 var(--portal-space-2);
      font-size: 1.125rem;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-1) var(--portal-space-3);
      margin: 0 0 var(--portal-space-2);
      color: var(--portal-color-text-muted);
      font-size: 0.875rem;
    }
    .important {
      color: var(--portal-color-text);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .teaser {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsCard {
  readonly item = input.required<NewsSummaryDto>();
  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
}
