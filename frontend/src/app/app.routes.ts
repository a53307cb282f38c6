import { Route, Routes } from '@angular/router';
import { FrontendRoutes, LegalPageSlug, Permission } from '@portal/contracts';
import { authGuard, guestGuard, permissionGuard } from './core/auth/auth.guards';

/** Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit: text from the API, no guard. */
function legalPage(slug: LegalPageSlug, title: string): Route {
  return {
    path: slug,
    title,
    data: { slug },
    loadComponent: () => import('./pages/legal/legal-page').then((m) => m.LegalPage),
  };
}

/** `/kein-zugang` → `kein-zugang`: the backend redirects to these paths, so they come from the contracts. */
const pathOf = (route: string) => route.replace(/^\//, '');

/**
 * Every page is lazy-loaded. Access is deny-by-default in the backend; these guards only spare
 * users pages they could not use. app.routes.spec.ts lists who may open what.
 */
export const APP_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [guestGuard],
    loadComponent: () => import('./pages/landing/landing-page').then((m) => m.LandingPage),
  },
  {
    path: pathOf(FrontendRoutes.start),
    title: 'Start',
    canActivate: [authGuard],
    loadComponent: () => import('./pages/start/start-page').then((m) => m.StartPage),
  },
  {
    path: 'neuigkeiten',
    canActivate: [permissionGuard(Permission.NewsRead)],
    loadChildren: () => import('@portal/frontend/news/feature').then((m) => m.NEWS_ROUTES),
  },
  {
    path: 'termine',
    canActivate: [permissionGuard(Permission.EventsRead)],
    loadChildren: () => import('@portal/frontend/events/feature').then((m) => m.EVENTS_ROUTES),
  },
  {
    path: pathOf(FrontendRoutes.notifications),
    canActivate: [permissionGuard(Permission.NotificationsRead)],
    loadChildren: () => import('@portal/frontend/notifications/feature').then((m) => m.NOTIFICATIONS_ROUTES),
  },
  {
    path: pathOf(FrontendRoutes.notificationSettings),
    canActivate: [permissionGuard(Permission.NotificationsRead)],
    loadChildren: () =>
      import('@portal/frontend/notifications/feature').then((m) => m.NOTIFICATION_SETTINGS_ROUTES),
  },
  {
    path: 'gute-praxis',
    canActivate: [permissionGuard(Permission.PracticesRead)],
    loadChildren: () => import('@portal/frontend/practices/feature').then((m) => m.PRACTICES_ROUTES),
  },
  {
    // Before `kampagnen`, so the campaign pages never swallow the kit's paths.
    path: 'kampagnen/vorlagen',
    canActivate: [permissionGuard(Permission.CampaignKitGenerate)],
    loadChildren: () => import('@portal/frontend/campaign-kit/feature').then((m) => m.CAMPAIGN_KIT_ROUTES),
  },
  {
    path: 'kampagnen',
    canActivate: [permissionGuard(Permission.CampaignsRead)],
    loadChildren: () => import('@portal/frontend/campaigns/feature').then((m) => m.CAMPAIGNS_ROUTES),
  },
  {
    path: 'digitalisierung',
    canActivate: [permissionGuard(Permission.ResourcesRead)],
    loadChildren: () => import('@portal/frontend/resources/feature').then((m) => m.RESOURCES_ROUTES),
  },
  {
    path: 'suche',
    canActivate: [permissionGuard(Permission.SearchUse)],
    loadChildren: () => import('@portal/frontend/search/feature').then((m) => m.SEARCH_ROUTES),
  },
  {
    path: 'jobcenter',
    canActivate: [permissionGuard(Permission.OrganisationsRead)],
    loadChildren: () => import('@portal/frontend/organisations/feature').then((m) => m.ORGANISATIONS_ROUTES),
  },
  {
    path: 'personen',
    canActivate: [permissionGuard(Permission.PeopleRead)],
    loadChildren: () => import('@portal/frontend/people/feature').then((m) => m.PEOPLE_ROUTES),
  },
  {
    path: 'profil',
    title: 'Mein Profil',
    canActivate: [authGuard],
    loadComponent: () => import('./pages/profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    // Before `verwaltung`: coordinators keep the taxonomies without the rest of the administration.
    path: 'verwaltung/taxonomien',
    canActivate: [permissionGuard(Permission.TaxonomiesManage)],
    loadChildren: () =>
      import('@portal/frontend/administration/feature').then((m) => m.TAXONOMIES_ADMIN_ROUTES),
  },
  {
    // Before `verwaltung` too: the coordination works through reported content.
    path: pathOf(FrontendRoutes.contentReports),
    canActivate: [permissionGuard(Permission.ContentReportsManage)],
    loadChildren: () =>
      import('@portal/frontend/administration/feature').then((m) => m.CONTENT_REPORTS_ADMIN_ROUTES),
  },
  {
    path: 'verwaltung',
    canActivate: [permissionGuard(Permission.AdministrationAccess)],
    loadChildren: () =>
      import('@portal/frontend/administration/feature').then((m) => m.ADMINISTRATION_ROUTES),
  },
  // Legal pages are public on purpose (linked from every page's footer, also signed out).
  legalPage('impressum', 'Impressum'),
  legalPage('datenschutz', 'Datenschutzerklärung'),
  legalPage('barrierefreiheit', 'Erklärung zur Barrierefreiheit'),
  {
    path: 'leichte-sprache',
    title: 'Das Portal in Leichter Sprache',
    loadComponent: () => import('./pages/legal/easy-language-page').then((m) => m.EasyLanguagePage),
  },
  {
    path: 'netzwerk',
    canActivate: [permissionGuard(Permission.NetworkOverviewRead)],
    loadChildren: () => import('./pages/network/network.routes').then((m) => m.NETWORK_ROUTES),
  },
  {
    path: pathOf(FrontendRoutes.noAccess),
    title: 'Kein Zugang',
    loadComponent: () => import('./pages/no-access/no-access-page').then((m) => m.NoAccessPage),
  },
  {
    path: pathOf(FrontendRoutes.signedOut),
    title: 'Abgemeldet',
    loadComponent: () => import('./pages/signed-out/signed-out-page').then((m) => m.SignedOutPage),
  },
  {
    path: '403',
    title: 'Zugriff verweigert',
    loadComponent: () => import('./pages/forbidden/forbidden-page').then((m) => m.ForbiddenPage),
  },
  {
    path: '**',
    title: 'Seite nicht gefunden',
    loadComponent: () => import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
