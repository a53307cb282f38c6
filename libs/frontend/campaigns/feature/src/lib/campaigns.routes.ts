import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /kampagnen; the app guards them with `campaigns:read`, managing needs `campaigns:manage`. */
export const CAMPAIGNS_ROUTES: Routes = [
  {
    path: '',
    title: 'Kampagnen',
    loadComponent: () => import('./campaigns-page').then((m) => m.CampaignsPage),
  },
  {
    path: 'auswahl',
    title: 'Meine Auswahl',
    loadComponent: () => import('./selection-page').then((m) => m.SelectionPage),
  },
  {
    path: 'statistik',
    title: 'Statistik der Kampagnen',
    canActivate: [requirePermission(Permission.CampaignsManage)],
    loadComponent: () => import('./statistics-page').then((m) => m.StatisticsPage),
  },
  {
    path: 'neu',
    title: 'Kampagne anlegen',
    canActivate: [requirePermission(Permission.CampaignsManage)],
    loadComponent: () => import('./campaign-editor-page').then((m) => m.CampaignEditorPage),
  },
  {
    path: 'material/neu',
    title: 'Material anlegen',
    canActivate: [requirePermission(Permission.CampaignsManage)],
    loadComponent: () => import('./asset-editor-page').then((m) => m.AssetEditorPage),
  },
  {
    path: 'material/:id',
    title: 'Material',
    loadComponent: () => import('./asset-detail-page').then((m) => m.AssetDetailPage),
  },
  {
    path: 'material/:id/bearbeiten',
    title: 'Material bearbeiten',
    canActivate: [requirePermission(Permission.CampaignsManage)],
    loadComponent: () => import('./asset-editor-page').then((m) => m.AssetEditorPage),
  },
  {
    path: ':id',
    title: 'Kampagne',
    loadComponent: () => import('./campaign-detail-page').then((m) => m.CampaignDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Kampagne bearbeiten',
    canActivate: [requirePermission(Permission.CampaignsManage)],
    loadComponent: () => import('./campaign-editor-page').then((m) => m.CampaignEditorPage),
  },
];
