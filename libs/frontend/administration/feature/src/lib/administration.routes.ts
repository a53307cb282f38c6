import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /verwaltung; the app guards them with `administration:access`. */
export const ADMINISTRATION_ROUTES: Routes = [
  {
    path: '',
    title: 'Verwaltung',
    loadComponent: () => import('./user-list-page').then((m) => m.UserListPage),
  },
  {
    path: 'protokoll',
    title: 'Protokoll – Verwaltung',
    canActivate: [requirePermission(Permission.AuditRead)],
    loadComponent: () => import('./audit-log-page').then((m) => m.AuditLogPage),
  },
  {
    path: 'organisationen',
    title: 'Organisationen – Verwaltung',
    canActivate: [requirePermission(Permission.OrganisationsAdminister)],
    loadComponent: () => import('./organisation-admin-page').then((m) => m.OrganisationAdminPage),
  },
];
