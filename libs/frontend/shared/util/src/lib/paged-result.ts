import { Signal, computed, linkedSignal } from '@angular/core';
import { entryCountText } from './entry-count';
import { LoadState } from './load-state';

/** Any page of results that knows how many entries there are in all (e.g. `PageDto`). */
export interface Counted {
  total: number;
}

export interface PagedResult<P extends Counted> {
  /** The last loaded page stays visible while the next one loads, so lists do not flicker. */
  result: Signal<P | null>;
  loading: Signal<boolean>;
  failed: Signal<boolean>;
  /** Text for the polite live region, e.g. „53 Einträge“. */
  countText: Signal<string>;
}

/** The view state every paginated list page derives from its request. */
export function pagedResult<P extends Counted>(load: Signal<LoadState<P>>): PagedResult<P> {
  const result = linkedSignal<LoadState<P>, P | null>({
    source: load,
    computation: (state, previous) =>
      state.status === 'loaded' ? state.value : state.status === 'error' ? null : (previous?.value ?? null),
  });
  return {
    result,
    loading: computed(() => load().status === 'loading'),
    failed: computed(() => load().status === 'error'),
    countText: computed(() => {
      const page = result();
      return page ? entryCountText(page.total) : '';
    }),
  };
}
