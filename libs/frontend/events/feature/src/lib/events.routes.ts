import { Routes } from '@angular/router';

/** Routes below /termine; the app guards them with `events:read`, the API checks writing. */
export const EVENTS_ROUTES: Routes = [
  {
    path: '',
    title: 'Termine',
    loadComponent: () => import('./events-page').then((m) => m.EventsPage),
  },
  {
    path: 'neu',
    title: 'Termin anlegen',
    loadComponent: () => import('./event-form-page').then((m) => m.EventFormPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Termin bearbeiten',
    loadComponent: () => import('./event-form-page').then((m) => m.EventFormPage),
  },
  {
    path: ':id',
    // Replaced by the event's title once it has loaded.
    title: 'Termin',
    loadComponent: () => import('./event-detail-page').then((m) => m.EventDetailPage),
  },
];
