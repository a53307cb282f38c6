import { BrowserPaths, FrontendRoutes } from '@portal/contracts';
import { safeReturnPath } from '@portal/util';

/** Pages that only make sense before or instead of signing in; never return there after sign-in. */
const ENTRY_PAGES: readonly string[] = [
  FrontendRoutes.home,
  FrontendRoutes.noAccess,
  FrontendRoutes.signedOut,
];

/** Where to go after signing in: a safe same-origin path, the start page instead of an entry page. */
export function returnTarget(candidate: unknown): string {
  const path = safeReturnPath(candidate, FrontendRoutes.start);
  const pathname = path.split(/[?#]/, 1)[0] ?? path;
  return ENTRY_PAGES.includes(pathname) ? FrontendRoutes.start : path;
}

/** The backend's sign-in endpoint; a full-page navigation, since it redirects to the identity provider. */
export function signInHref(returnTo: unknown): string {
  return `${BrowserPaths.login}?returnTo=${encodeURIComponent(returnTarget(returnTo))}`;
}
