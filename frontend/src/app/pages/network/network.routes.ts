import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { permissionGuard } from '../../core/auth/auth.guards';

export const NETWORK_ROUTES: Routes = [
  {
    path: '',
    title: 'Netzwerk-Übersicht',
    loadComponent: () => import('./network-overview-page').then((m) => m.NetworkOverviewPage),
  },
  {
    path: 'rueckmeldungen',
    title: 'Rückmeldungen zur Barrierefreiheit',
    canActivate: [permissionGuard(Permission.AccessibilityFeedbackRead)],
    loadComponent: () => import('./feedback-list-page').then((m) => m.FeedbackListPage),
  },
];
