import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { NewsDraftListDto } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { DateTimePipe, EmptyState } from '@portal/frontend/shared/ui';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';

/** /neuigkeiten/entwuerfe — the author's desk: drafts and scheduled items of their organisation. */
@Component({
  selector: 'portal-news-desk-page',
  imports: [RouterLink, DateTimePipe, EmptyState, MatButton],
  template: `
    <p class="back"><a routerLink="/neuigkeiten">Zurück zu den Neuigkeiten</a></p>
    <h1>Entwürfe und geplante Neuigkeiten</h1>
    <p><a mat-flat-button routerLink="/neuigkeiten/neu">Neuigkeit schreiben</a></p>
    @switch (load().status) {
      @case ('loading') {
        <p>Die Entwürfe werden geladen …</p>
      }
      @case ('error') {
        <p class="error" role="alert">Die Entwürfe konnten nicht geladen werden.</p>
      }
    }
    @if (items(); as items) {
      @if (items.length > 0) {
        <ul class="desk">
          @for (item of items; track item.id) {
            <li>
              <a [routerLink]="['/neuigkeiten', item.id, 'bearbeiten']">{{ item.title }}</a>
              <span class="state">
                @if (item.publishedAt) {
                  geplant für {{ item.publishedAt | portalDateTime }}
                } @else {
                  Entwurf
                }
              </span>
            </li>
          }
        </ul>
      } @else {
        <portal-empty-state title="Keine Entwürfe und keine geplanten Neuigkeiten." />
      }
    }
  `,
  styles: `
    .desk {
      display: grid;
      gap: var(--portal-space-2);
      padding: 0;
      list-style: none;
    }
    .desk li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      padding: var(--portal-space-3);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
    .state {
      color: var(--portal-color-text-muted);
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsDeskPage {
  protected readonly load = toSignal(toLoadState(inject(NewsApi).drafts()), {
    initialValue: { status: 'loading' } as LoadState<NewsDraftListDto>,
  });

  protected items(): NewsDraftListDto['items'] | null {
    const load = this.load();
    return load.status === 'loaded' ? load.value.items : null;
  }
}
