import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/** Path without query and fragment: a filter change on the same page is no page change. */
export function pagePath(url: string): string {
  return url.split(/[?#]/, 1)[0] ?? url;
}

/**
 * After each navigation to another page, moves keyboard and screen-reader focus to `target` (the
 * main region), as a full page load would reset it; without this, focus stays on the clicked link
 * and the new page is not announced. Not on the first load, so the browser starts at the top.
 * Call in an injection context.
 */
export function focusOnNavigation(target: () => HTMLElement | undefined): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let previous: string | null = null;
  router.events
    .pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((event) => {
      const current = pagePath(event.urlAfterRedirects);
      const isPageChange = previous !== null && previous !== current;
      previous = current;
      if (isPageChange) {
        afterNextRender({ write: () => target()?.focus({ preventScroll: true }) }, { injector });
      }
    });
}
