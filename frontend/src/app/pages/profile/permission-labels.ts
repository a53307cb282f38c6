import { Permission } from '@portal/contracts';

/**
 * Every permission in plain German, as the profile page lists it. A Record over `Permission`, so a
 * new permission in the contracts without a label here fails the type check and the unit test.
 */
export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = {
  'profile:read': 'Das eigene Profil ansehen',
  'organisations:read': 'Das Verzeichnis der Jobcenter und Verbände ansehen',
  'organisations:edit':
    'Das Profil der eigenen Organisation pflegen (Anschrift, Kontakt, Logo, Ansprechpersonen)',
  'organisations:edit-network': 'Das Profil jeder Organisation pflegen',
  'organisations:administer': 'Organisationen anlegen, zusammenführen und per CSV importieren',
  'administration:access': 'Den Verwaltungsbereich öffnen',
  'users:read': 'Die Benutzerinnen und Benutzer des Portals ansehen',
  'audit:read': 'Das Protokoll sicherheitsrelevanter Vorgänge einsehen und exportieren',
  'news:read': 'Neuigkeiten lesen',
  'notifications:read': 'Eigene Benachrichtigungen lesen und einstellen',
  'news:write': 'Neuigkeiten für das eigene Jobcenter schreiben und veröffentlichen',
  'news:publish-network': 'Neuigkeiten für das ganze Netzwerk oder ausgewählte Zielgruppen veröffentlichen',
  'comments:read': 'Kommentare lesen',
  'comments:write': 'Kommentieren, andere erwähnen und Beiträge als hilfreich markieren',
  'comments:moderate': 'Kommentare anderer Personen entfernen (Moderation)',
  'events:read': 'Termine ansehen',
  'events:write': 'Termine für das eigene Jobcenter anlegen und ändern',
  'events:publish-network': 'Termine für das ganze Netzwerk oder ausgewählte Zielgruppen anlegen',
  'campaigns:read': 'Kampagnen und Kampagnenmaterial ansehen und herunterladen',
  'campaigns:manage': 'Kampagnen, Material, Vorlagen und Statistiken verwalten',
  'campaign-kit:generate': 'Kampagnenmaterial für das eigene Jobcenter anpassen',
  'files:inspect': 'Sehen, warum eine Datei gesperrt ist (Virenprüfung)',
  'practices:read': 'Gute-Praxis-Beispiele lesen, folgen und als hilfreich markieren',
  'practices:write': 'Eigene Praxisbeispiele schreiben und zur Prüfung einreichen',
  'practices:review': 'Praxisbeispiele des eigenen Jobcenters prüfen, veröffentlichen und archivieren',
  'practices:review-network': 'Praxisbeispiele aller Jobcenter prüfen, veröffentlichen und archivieren',
  'practices:adopt': '„Wir setzen das auch um“ für das eigene Jobcenter melden',
  'taxonomies:manage': 'Zielgruppen, Handlungsfelder und andere Begriffslisten pflegen',
  'bookmarks:use': 'Inhalte auf die Merkliste setzen',
  'content-reports:create': 'Inhalte der Koordination melden',
  'content-reports:manage': 'Gemeldete Inhalte bearbeiten',
};
