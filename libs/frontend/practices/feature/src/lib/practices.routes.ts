import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /gute-praxis; the app guards them with `practices:read`. */
export const PRACTICES_ROUTES: Routes = [
  {
    path: '',
    title: 'Gute Praxis',
    loadComponent: () => import('./practices-list-page').then((m) => m.PracticesListPage),
  },
  {
    path: 'neu',
    title: 'Praxisbeispiel schreiben',
    canActivate: [requirePermission(Permission.PracticesWrite)],
    loadComponent: () => import('./practice-editor-page').then((m) => m.PracticeEditorPage),
  },
  {
    path: 'schreibtisch',
    title: 'Meine Praxisbeispiele und Prüfungen',
    canActivate: [requirePermission(Permission.PracticesWrite)],
    loadComponent: () => import('./practice-desk-page').then((m) => m.PracticeDeskPage),
  },
  {
    path: ':id',
    title: 'Praxisbeispiel',
    loadComponent: () => import('./practice-detail-page').then((m) => m.PracticeDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Praxisbeispiel bearbeiten',
    canActivate: [requirePermission(Permission.PracticesWrite)],
    loadComponent: () => import('./practice-editor-page').then((m) => m.PracticeEditorPage),
  },
];
