import type { LegalPageSlug } from '@portal/contracts';

const PLACEHOLDER = '**[Platzhalter – Demo-Text, bitte vor dem Betrieb anpassen]**';

/**
 * Starting texts, shown until an administrator saves a page. Placeholders are marked: the
 * operator's legal details cannot be known here.
 */
export const LEGAL_PAGE_DEFAULTS: Readonly<Record<LegalPageSlug, string>> = {
  impressum: `${PLACEHOLDER}

## Anbieter

Deutscher Landkreistag
Ulrich-von-Hassell-Haus, Lennéstraße 11, 10785 Berlin

und

Deutscher Städtetag
Hausvogteiplatz 1, 10117 Berlin

gemeinsam für das Netzwerk der kommunalen Jobcenter.

## Vertreten durch

[Name der vertretungsberechtigten Person]

## Kontakt

E-Mail: [portal@example.org]

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV

[Name, Anschrift]

## Hinweis

Die Inhalte des Portals stammen aus den kommunalen Jobcentern und ihren Verbänden. Für Inhalte
einzelner Jobcenter sind diese selbst verantwortlich.
`,
  datenschutz: `${PLACEHOLDER}

## Wer ist verantwortlich?

[Verantwortliche Stelle nach Art. 4 Nr. 7 DSGVO, Anschrift, Kontakt der oder des Datenschutzbeauftragten]

## Welche Daten verarbeitet das Portal?

- **Konto:** Name, E-Mail-Adresse, Rollen und Organisation, wie sie der Anmeldedienst Ihres
  Jobcenters übermittelt, und der Zeitpunkt der letzten Anmeldung.
- **Ihre Beiträge:** Neuigkeiten, Termine, Praxisbeispiele, Kommentare, Meldungen – mit Ihrem Namen.
- **Ihre Nutzung:** Gelesen-Vermerke, „Zur Kenntnis genommen“, Merkliste, Benachrichtigungen und
  Ihre Einstellungen dazu, ein Vermerk je Tag, an dem Sie das Portal genutzt haben (für die Zahl
  „aktive Nutzende je Woche“).
- **Protokoll:** Anmeldungen und sicherheitsrelevante Vorgänge mit Zeitpunkt und IP-Adresse.

Downloads von Kampagnenmaterial werden nur je Organisation und Tag gezählt, nie je Person.

## Wozu und auf welcher Grundlage?

Zum Betrieb des internen Netzwerk-Portals der kommunalen Jobcenter (Art. 6 Abs. 1 lit. e DSGVO in
Verbindung mit [Rechtsgrundlage]) und zur Sicherheit des Portals (Protokoll).

## Cookies

Das Portal setzt nur technisch notwendige Cookies: ein Sitzungs-Cookie, solange Sie angemeldet
sind. Es gibt keine Analyse-, Werbe- oder Drittanbieter-Cookies und keine Anfragen an fremde
Server (keine externen Schriften, Karten oder Statistikdienste).

## Wie lange?

Benachrichtigungen 180 Tage, Gelesen- und Kenntnisnahme-Vermerke 730 Tage (danach zählen sie nur
noch anonym mit), Nutzungstage 400 Tage, Download-Statistik 1.095 Tage, Protokoll 365 Tage – soweit
der Betrieb nichts anderes eingestellt hat. Ihr Konto und Ihre persönlichen Daten werden gelöscht,
wenn Ihr Zugang beim Anmeldedienst endet.

## Ihre Rechte

Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch
(Art. 15–21 DSGVO). Eine Kopie aller Daten über Sie laden Sie jederzeit selbst herunter: **Mein
Profil → Meine Daten**. Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren.
`,
  barrierefreiheit: `${PLACEHOLDER}

Das Netzwerk-Portal der kommunalen Jobcenter soll für alle Menschen gut nutzbar sein. Diese
Erklärung gilt für das gesamte Portal.

## Stand der Vereinbarkeit

Das Portal ist nach unserer Einschätzung weitgehend mit der BITV 2.0 (WCAG 2.1, Stufe AA)
vereinbar. Jede Seite wird bei jeder Änderung automatisch mit axe-core geprüft.

## Nicht barrierefreie Inhalte

- Hochgeladene Dokumente (z. B. PDF-Dateien aus den Jobcentern) sind nicht immer barrierefrei.
- [Weitere bekannte Einschränkungen]

## Erstellung dieser Erklärung

Diese Erklärung wurde am [Datum] erstellt (Selbstbewertung).

## Feedback und Kontakt

Sind Ihnen Barrieren aufgefallen? Schreiben Sie uns über das Formular auf dieser Seite (nach der
Anmeldung) oder per E-Mail an [barrierefreiheit@example.org]. Die Koordination des Netzwerks
antwortet Ihnen.

## Schlichtungsverfahren

Wenn Sie keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach
§ 16 BGG wenden: [Adresse der zuständigen Schlichtungsstelle].
`,
};
