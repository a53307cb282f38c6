import { Routes } from '@angular/router';

/** Routes below /verwaltung; the app guards them with `administration:access`. */
export const ADMINISTRATION_ROUTES: Routes = [
  {
    path: '',
    title: 'Verwaltung',
    loadComponent: () => import('./user-list-page').then((m) => m.UserListPage),
  },
];
