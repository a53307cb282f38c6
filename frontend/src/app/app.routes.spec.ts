import { Route } from '@angular/router';
import { APP_ROUTES } from './app.routes';
import { PermissionGuard, authGuard } from './core/auth/auth.guards';

/** Who may open a route, as the route table says. */
function accessOf(route: Route): string {
  const guards = route.canActivate ?? [];
  const permission = guards.find(
    (guard): guard is PermissionGuard => typeof guard === 'function' && 'permission' in guard,
  );
  if (permission) return permission.permission;
  if (guards.includes(authGuard)) return 'angemeldet';
  return guards.length === 0 ? 'öffentlich' : 'gast (angemeldet → weiter)';
}

describe('route table', () => {
  it('matches the reviewed access list (a diff here changes who may open which page)', () => {
    const table = Object.fromEntries(APP_ROUTES.map((route) => [`/${route.path}`, accessOf(route)]));
    expect(table).toEqual({
      '/': 'gast (angemeldet → weiter)',
      '/start': 'angemeldet',
      '/neuigkeiten': 'news:read',
      '/termine': 'events:read',
      '/benachrichtigungen': 'notifications:read',
      '/einstellungen/benachrichtigungen': 'notifications:read',
      '/gute-praxis': 'practices:read',
      '/kampagnen/vorlagen': 'campaign-kit:generate',
      '/kampagnen': 'campaigns:read',
      '/digitalisierung': 'resources:read',
      '/jobcenter': 'organisations:read',
      '/personen': 'people:read',
      '/suche': 'search:use',
      '/profil': 'angemeldet',
      '/verwaltung/taxonomien': 'taxonomies:manage',
      '/verwaltung/meldungen': 'content-reports:manage',
      '/verwaltung': 'administration:access',
      '/impressum': 'öffentlich',
      '/datenschutz': 'öffentlich',
      '/barrierefreiheit': 'öffentlich',
      '/leichte-sprache': 'öffentlich',
      '/netzwerk': 'network-overview:read',
      '/kein-zugang': 'öffentlich',
      '/abgemeldet': 'öffentlich',
      '/403': 'öffentlich',
      '/**': 'öffentlich',
    });
  });

  it('loads every page lazily and names it', () => {
    for (const route of APP_ROUTES) {
      expect(route.loadComponent ?? route.loadChildren).toBeDefined();
      if (route.loadComponent) expect(route.path === '' || typeof route.title === 'string').toBe(true);
    }
  });
});
