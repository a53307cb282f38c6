import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /suche; the app guards them with `search:use`. */
export const SEARCH_ROUTES: Routes = [
  {
    path: '',
    title: 'Suche',
    loadComponent: () => import('./search-page').then((m) => m.SearchPage),
  },
  {
    path: 'auswertung',
    title: 'Auswertung der Suche',
    canActivate: [requirePermission(Permission.SearchAnalytics)],
    loadComponent: () => import('./search-analytics-page').then((m) => m.SearchAnalyticsPage),
  },
];
