import { Routes } from '@angular/router';
import { Permission } from '@portal/contracts';
import { requirePermission } from '@portal/frontend/shared/util';

/** Routes below /kampagnen/vorlagen; the app guards them with `campaign-kit:generate`. */
export const CAMPAIGN_KIT_ROUTES: Routes = [
  {
    path: '',
    title: 'Vorlagen: Für mein Jobcenter anpassen',
    loadComponent: () => import('./kit-templates-page').then((m) => m.KitTemplatesPage),
  },
  {
    path: ':id',
    title: 'Für mein Jobcenter anpassen',
    loadComponent: () => import('./kit-personalise-page').then((m) => m.KitPersonalisePage),
  },
  {
    path: ':id/felder',
    title: 'Felder der Vorlage festlegen',
    canActivate: [requirePermission(Permission.CampaignsManage)],
    loadComponent: () => import('./kit-zones-page').then((m) => m.KitZonesPage),
  },
];
