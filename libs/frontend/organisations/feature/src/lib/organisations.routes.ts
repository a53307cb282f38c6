import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /jobcenter; the app guards them with `organisations:read`. */
export const ORGANISATIONS_ROUTES: Routes = [
  {
    path: '',
    title: 'Jobcenter-Verzeichnis',
    loadComponent: () => import('./organisation-list-page').then((m) => m.OrganisationListPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Profil bearbeiten',
    canActivate: [requirePermission(Permission.OrganisationsEdit)],
    loadComponent: () => import('./organisation-edit-page').then((m) => m.OrganisationEditPage),
  },
  {
    path: ':id',
    // Replaced by the organisation's name once it has loaded.
    title: 'Jobcenter',
    loadComponent: () => import('./organisation-detail-page').then((m) => m.OrganisationDetailPage),
  },
];
