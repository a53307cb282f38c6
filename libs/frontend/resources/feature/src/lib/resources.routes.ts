import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /digitalisierung; the app guards them with `resources:read`. */
export const RESOURCES_ROUTES: Routes = [
  {
    path: '',
    title: 'Digitalisierung',
    loadComponent: () => import('./resources-list-page').then((m) => m.ResourcesListPage),
  },
  {
    path: 'sammlungen',
    title: 'Sammlungen – Digitalisierung',
    loadComponent: () => import('./collections-page').then((m) => m.CollectionsPage),
  },
  {
    path: 'sammlungen/:id',
    title: 'Sammlung',
    loadComponent: () => import('./collection-detail-page').then((m) => m.CollectionDetailPage),
  },
  {
    path: 'vorschlagen',
    title: 'Ressource vorschlagen',
    canActivate: [requirePermission(Permission.ResourcesSuggest)],
    data: { mode: 'suggest' },
    loadComponent: () => import('./resource-form-page').then((m) => m.ResourceFormPage),
  },
  {
    path: 'neu',
    title: 'Ressource anlegen',
    canActivate: [requirePermission(Permission.ResourcesManage)],
    data: { mode: 'create' },
    loadComponent: () => import('./resource-form-page').then((m) => m.ResourceFormPage),
  },
  {
    path: 'pruefen',
    title: 'Vorschläge prüfen',
    canActivate: [requirePermission(Permission.ResourcesManage)],
    loadComponent: () => import('./resource-review-page').then((m) => m.ResourceReviewPage),
  },
  {
    path: 'defekte-links',
    title: 'Defekte Links',
    canActivate: [requirePermission(Permission.ResourcesManage)],
    loadComponent: () => import('./broken-links-page').then((m) => m.BrokenLinksPage),
  },
  {
    path: ':id',
    title: 'Ressource',
    loadComponent: () => import('./resource-detail-page').then((m) => m.ResourceDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Ressource bearbeiten',
    canActivate: [requirePermission(Permission.ResourcesManage)],
    data: { mode: 'edit' },
    loadComponent: () => import('./resource-form-page').then((m) => m.ResourceFormPage),
  },
];
