import { Routes } from '@angular/router';

/** Routes below /jobcenter; the app guards them with `organisations:read`. */
export const ORGANISATIONS_ROUTES: Routes = [
  {
    path: '',
    title: 'Jobcenter-Verzeichnis',
    loadComponent: () => import('./organisation-list-page').then((m) => m.OrganisationListPage),
  },
  {
    path: ':id',
    // Replaced by the organisation's name once it has loaded.
    title: 'Jobcenter',
    loadComponent: () => import('./organisation-detail-page').then((m) => m.OrganisationDetailPage),
  },
];
