import type { Routes } from '@angular/router';
import { APP_ROUTES } from '../../app.routes';
import { preloadRoute } from './preload-route';

class Page {}

/** A route table whose loaders record what was loaded. */
function table(loaded: string[]): Routes {
  const component = (name: string) => () => {
    loaded.push(name);
    return Promise.resolve(Page);
  };
  const children: Routes = [
    { path: '', loadComponent: component('list') },
    { path: 'neu', loadComponent: component('editor') },
    { path: ':id', loadComponent: component('detail') },
  ];
  return [
    { path: '', pathMatch: 'full', loadComponent: component('landing') },
    { path: 'start', loadComponent: component('start') },
    { path: 'kampagnen/vorlagen', loadChildren: () => (loaded.push('kit'), Promise.resolve([])) },
    {
      path: 'kampagnen',
      loadChildren: () => {
        loaded.push('campaigns');
        return Promise.resolve({ default: children });
      },
    },
    { path: 'alt', redirectTo: 'start' },
    { path: '**', loadComponent: component('not-found') },
  ];
}

describe('preloadRoute', () => {
  it('loads the page component of a plain route', async () => {
    const loaded: string[] = [];
    await preloadRoute(table(loaded), '/start?x=1#top');
    expect(loaded).toEqual(['start']);
  });

  it('follows lazy children down to the page, taking the longest matching path', async () => {
    const loaded: string[] = [];
    await preloadRoute(table(loaded), '/kampagnen');
    expect(loaded).toEqual(['campaigns', 'list']);

    const detail: string[] = [];
    await preloadRoute(table(detail), '/kampagnen/abc-123');
    expect(detail).toEqual(['campaigns', 'detail']);

    const kit: string[] = [];
    await preloadRoute(table(kit), '/kampagnen/vorlagen');
    expect(kit).toEqual(['kit']);
  });

  it('loads nothing for unknown paths, redirects and the landing page of another path', async () => {
    const loaded: string[] = [];
    await preloadRoute(table(loaded), '/gibt-es-nicht/x');
    await preloadRoute(table(loaded), '/alt');
    await preloadRoute(table(loaded), '/start/zu-tief');
    expect(loaded).toEqual([]);
  });

  it('never fails, also when a chunk cannot be loaded', async () => {
    const routes: Routes = [{ path: 'x', loadComponent: () => Promise.reject(new Error('offline')) }];
    await expect(preloadRoute(routes, '/x')).resolves.toBeUndefined();
  });

  it('finds the pages of the real route table', async () => {
    // The real loaders import chunks; here only which route would be preloaded matters.
    const start = APP_ROUTES.find((route) => route.path === 'start');
    expect(start?.loadComponent).toBeDefined();
    const spy = jest.fn(() => Promise.resolve(Page));
    const routes = APP_ROUTES.map((route) => (route === start ? { ...route, loadComponent: spy } : route));
    await preloadRoute(routes, '/start');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
