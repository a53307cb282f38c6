import { Permission } from '@portal/contracts';

export interface Shortcut {
  title: string;
  description: string;
  path: string;
  permission?: Permission;
}

/** Cards on the start page, one per section. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    title: 'Neuigkeiten',
    description: 'Meldungen aus dem Netzwerk der kommunalen Jobcenter.',
    path: '/neuigkeiten',
  },
  { title: 'Gute Praxis', description: 'Erprobte Ansätze aus anderen Jobcentern.', path: '/gute-praxis' },
  { title: 'Kampagnen', description: 'Material und Termine der gemeinsamen Kampagnen.', path: '/kampagnen' },
  { title: 'Digitalisierung', description: 'Digitale Verfahren und Erfahrungen.', path: '/digitalisierung' },
  {
    title: 'Jobcenter-Verzeichnis',
    description: 'Alle kommunalen Jobcenter mit Anschrift und Kontakt.',
    path: '/jobcenter',
    permission: Permission.OrganisationsRead,
  },
  { title: 'Mein Profil', description: 'Ihre Angaben, Rollen und Berechtigungen.', path: '/profil' },
  {
    title: 'Verwaltung',
    description: 'Benutzerinnen und Benutzer des Portals.',
    path: '/verwaltung',
    permission: Permission.AdministrationAccess,
  },
];
