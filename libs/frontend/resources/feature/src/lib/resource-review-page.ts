import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ResourceSummaryDto } from '@portal/contracts';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { catchError, map, of } from 'rxjs';
import { ResourceCard } from './resource-card';

/** /digitalisierung/pruefen — suggestions waiting for the coordination (oldest first). */
@Component({
  selector: 'portal-resource-review-page',
  imports: [RouterLink, ResourceCard],
  template: `
    <p><a routerLink="/digitalisierung">← Alle Ressourcen</a></p>
    <h1>Vorschläge prüfen</h1>
    <p class="intro">
      Öffnen Sie einen Vorschlag, um ihn zu prüfen, bei Bedarf zu ergänzen (Zielgruppe, Anbieter, Themen,
      Dateien) und anzunehmen – oder mit einer Begründung abzulehnen.
    </p>
    @let queue = suggestions();
    @if (queue === undefined) {
      <p aria-live="polite">Wird geladen …</p>
    } @else if (queue === null) {
      <p class="error" role="alert">Die Vorschläge konnten nicht geladen werden.</p>
    } @else if (queue.length === 0) {
      <p>Keine offenen Vorschläge.</p>
    } @else {
      <ul class="cards">
        @for (item of queue; track item.id) {
          <li><portal-resource-card [item]="item" /></li>
        }
      </ul>
    }
  `,
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceReviewPage {
  protected readonly suggestions = toSignal<ResourceSummaryDto[] | null>(
    inject(ResourcesApi)
      .suggestions()
      .pipe(
        map((result) => result.items),
        catchError(() => of(null)),
      ),
  );
}
