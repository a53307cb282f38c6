import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Short sentences, one idea each, no foreign words without explanation (Regeln für Leichte Sprache). */
@Component({
  selector: 'app-easy-language-text',
  template: `
    <div class="easy">
      <p>Das ist das Netzwerk-Portal der kommunalen Jobcenter.</p>
      <p>
        Ein Portal ist eine Internet-Seite. Nur Mitarbeiterinnen und Mitarbeiter der Jobcenter können es
        benutzen.
      </p>
      <p>Im Portal können Sie:</p>
      <ul>
        <li>Neuigkeiten lesen.</li>
        <li>Termine finden.</li>
        <li>Gute Ideen von anderen Jobcentern lesen. Das heißt: Gute Praxis.</li>
        <li>Plakate und Bilder für Ihr Jobcenter herunterladen. Das heißt: Kampagnen.</li>
        <li>Andere Jobcenter finden.</li>
      </ul>
      <p>Sie melden sich mit Ihrem Konto von Ihrem Jobcenter an.</p>
      <p>Das Portal speichert nur Daten, die es für die Arbeit braucht.</p>
      <p>Sie können alle Ihre Daten herunterladen. Das geht in Ihrem Profil bei „Meine Daten“.</p>
      <p>
        Haben Sie ein Problem mit dem Portal? Dann schreiben Sie uns. Das Formular ist auf der Seite
        „Barrierefreiheit“.
      </p>
    </div>
  `,
  styles: `
    .easy {
      font-size: 1.125rem;
      line-height: 1.6;
      max-width: 60ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EasyLanguageText {}
