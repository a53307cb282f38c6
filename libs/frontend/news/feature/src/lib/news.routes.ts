import { Routes } from '@angular/router';

/** Routes below /neuigkeiten; the app guards them with `news:read`. */
export const NEWS_ROUTES: Routes = [
  {
    path: '',
    title: 'Neuigkeiten',
    loadComponent: () => import('./news-list-page').then((m) => m.NewsListPage),
  },
  {
    path: ':id',
    // Replaced by the item's title once it has loaded.
    title: 'Neuigkeit',
    loadComponent: () => import('./news-detail-page').then((m) => m.NewsDetailPage),
  },
];
