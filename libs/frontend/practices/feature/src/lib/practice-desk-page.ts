import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PracticeDeskDto } from '@portal/contracts';
import { PracticesApi } from '@portal/frontend/practices/data-access';
import { PracticeCard } from '@portal/frontend/practices/ui';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';

/** /gute-praxis/schreibtisch — own drafts and submitted entries, and what waits for the user's review. */
@Component({
  selector: 'portal-practice-desk-page',
  imports: [RouterLink, PracticeCard],
  template: `
    <p><a routerLink="..">Zurück zur Guten Praxis</a></p>
    <h1>Meine Praxisbeispiele und Prüfungen</h1>
    @switch (load().status) {
      @case ('loading') {
        <p aria-live="polite">Wird geladen …</p>
      }
      @case ('error') {
        <p role="alert">Die Übersicht konnte nicht geladen werden.</p>
      }
    }
    @if (desk(); as desk) {
      @if (desk.toReview.length > 0) {
        <section aria-labelledby="zu-pruefen">
          <h2 id="zu-pruefen">Zur Prüfung für Sie</h2>
          <ul class="cards">
            @for (item of desk.toReview; track item.id) {
              <li><portal-practice-card [item]="item" /></li>
            }
          </ul>
        </section>
      }
      <section aria-labelledby="meine">
        <h2 id="meine">Meine Entwürfe und eingereichten Beispiele</h2>
        @if (desk.mine.length === 0) {
          <p>Sie haben keine offenen Entwürfe. <a routerLink="../neu">Praxisbeispiel schreiben</a></p>
        }
        <ul class="cards">
          @for (item of desk.mine; track item.id) {
            <li><portal-practice-card [item]="item" /></li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .cards {
      display: grid;
      gap: var(--portal-space-3);
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeDeskPage {
  protected readonly load = toSignal(toLoadState(inject(PracticesApi).desk()), {
    initialValue: { status: 'loading' } as LoadState<PracticeDeskDto>,
  });
  protected desk(): PracticeDeskDto | null {
    const load = this.load();
    return load.status === 'loaded' ? load.value : null;
  }
}
