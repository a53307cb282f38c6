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
    path: 'nutzer/:id',
    title: 'Person – Verwaltung',
    loadComponent: () => import('./user-detail-page').then((m) => m.UserDetailPage),
  },
  {
    path: 'hinweise',
    title: 'Hinweisbanner – Verwaltung',
    canActivate: [requirePermission(Permission.AnnouncementsManage)],
    loadComponent: () => import('./announcements-page').then((m) => m.AnnouncementsPage),
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

/** /verwaltung/taxonomien — its own entry in the app routes, guarded by `taxonomies:manage` (coordinators too). */
export const TAXONOMIES_ADMIN_ROUTES: Routes = [
  {
    path: '',
    title: 'Taxonomien – Verwaltung',
    loadComponent: () => import('./taxonomies-page').then((m) => m.TaxonomiesPage),
  },
];

/** /verwaltung/meldungen — its own entry in the app routes, guarded by `content-reports:manage` (coordinators too). */
export const CONTENT_REPORTS_ADMIN_ROUTES: Routes = [
  {
    path: '',
    title: 'Gemeldete Inhalte – Verwaltung',
    loadComponent: () => import('./content-reports-page').then((m) => m.ContentReportsPage),
  },
];
