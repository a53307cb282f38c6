import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Content of the „Seite nicht gefunden“ page, also shown when a linked record no longer exists. */
@Component({
  selector: 'portal-not-found-notice',
  imports: [RouterLink],
  template: `
    <h1>{{ heading() }}</h1>
    <p>
      Die aufgerufene Adresse gibt es im Netzwerk-Portal nicht (mehr). Vielleicht wurde der Eintrag entfernt
      oder der Link ist unvollständig.
    </p>
    <p><a routerLink="/">Zur Startseite</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundNotice {
  readonly heading = input('Seite nicht gefunden');
}
