import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /neuigkeiten; the app guards them with `news:read`, writing needs `news:write`. */
export const NEWS_ROUTES: Routes = [
  {
    path: '',
    title: 'Neuigkeiten',
    loadComponent: () => import('./news-list-page').then((m) => m.NewsListPage),
  },
  {
    path: 'neu',
    title: 'Neuigkeit schreiben',
    canActivate: [requirePermission(Permission.NewsWrite)],
    loadComponent: () => import('./news-editor-page').then((m) => m.NewsEditorPage),
  },
  {
    path: 'entwuerfe',
    title: 'Entwürfe und geplante Neuigkeiten',
    canActivate: [requirePermission(Permission.NewsWrite)],
    loadComponent: () => import('./news-desk-page').then((m) => m.NewsDeskPage),
  },
  {
    path: ':id',
    // Replaced by the item's title once it has loaded.
    title: 'Neuigkeit',
    loadComponent: () => import('./news-detail-page').then((m) => m.NewsDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Neuigkeit bearbeiten',
    canActivate: [requirePermission(Permission.NewsWrite)],
    loadComponent: () => import('./news-editor-page').then((m) => m.NewsEditorPage),
  },
];
