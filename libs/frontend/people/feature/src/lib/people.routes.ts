import { Routes } from '@angular/router';

/** Routes below /personen; the app guards them with `people:read`. */
export const PEOPLE_ROUTES: Routes = [
  {
    path: '',
    title: 'Personen',
    loadComponent: () => import('./people-page').then((m) => m.PeoplePage),
  },
];
