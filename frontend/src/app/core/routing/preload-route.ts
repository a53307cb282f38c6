import type { Route, Routes } from '@angular/router';

type Loaded = Routes | { default: Routes } | unknown;

/**
 * Starts downloading the lazy chunks of the page at `url` (its loadChildren and loadComponent,
 * level by level) without waiting for anything. The first navigation waits for the sign-in state
 * (GET /api/me); fetching the page's code meanwhile saves that round trip and the chunk's own on
 * the first paint. Only code is fetched (the same files anyone can load): the router still runs
 * every guard, and it gets the already evaluated modules when it imports them itself.
 */
export function preloadRoute(routes: Routes, url: string): Promise<void> {
  const path = url.split(/[?#]/)[0] ?? '';
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  return preload(routes, segments).catch(() => undefined);
}

async function preload(routes: Routes, segments: string[]): Promise<void> {
  const match = bestMatch(routes, segments);
  if (!match) return;
  const { route, consumed } = match;
  const rest = segments.slice(consumed);
  const component = route.loadComponent?.();
  const children = route.children ?? (route.loadChildren ? toRoutes(await route.loadChildren()) : undefined);
  await Promise.all([component, children ? preload(children, rest) : undefined]);
}

/** The route the router would most likely take: the longest path that matches, in order. */
function bestMatch(routes: Routes, segments: string[]): { route: Route; consumed: number } | undefined {
  let best: { route: Route; consumed: number } | undefined;
  for (const route of routes) {
    if (route.path === undefined || route.path === '**' || route.redirectTo !== undefined) continue;
    const parts = route.path.split('/').filter(Boolean);
    if (parts.length > segments.length) continue;
    if (!parts.every((part, i) => part.startsWith(':') || part === segments[i])) continue;
    const full = parts.length === segments.length;
    if (route.pathMatch === 'full' && !full) continue;
    // A page of its own (no children) must use up the whole URL.
    if (!route.loadChildren && !route.children && !full) continue;
    if (!best || parts.length > best.consumed) best = { route, consumed: parts.length };
  }
  return best;
}

function toRoutes(loaded: Loaded): Routes | undefined {
  if (Array.isArray(loaded)) return loaded as Routes;
  if (loaded && typeof loaded === 'object' && 'default' in loaded && Array.isArray(loaded.default))
    return loaded.default as Routes;
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
