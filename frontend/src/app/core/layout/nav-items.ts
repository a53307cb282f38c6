import { Permission } from '@portal/contracts';

export interface NavItem {
  label: string;
  path: string;
  /** Shown only to users holding this permission (the route is guarded by it as well). */
  permission?: Permission;
}

/** Main navigation, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Start', path: '/start' },
  { label: 'Neuigkeiten', path: '/neuigkeiten' },
  { label: 'Termine', path: '/termine', permission: Permission.EventsRead },
  { label: 'Gute Praxis', path: '/gute-praxis' },
  { label: 'Kampagnen', path: '/kampagnen' },
  { label: 'Digitalisierung', path: '/digitalisierung', permission: Permission.ResourcesRead },
  { label: 'Jobcenter', path: '/jobcenter', permission: Permission.OrganisationsRead },
  { label: 'Personen', path: '/personen', permission: Permission.PeopleRead },
  { label: 'Netzwerk', path: '/netzwerk', permission: Permission.NetworkOverviewRead },
  { label: 'Verwaltung', path: '/verwaltung', permission: Permission.AdministrationAccess },
];
