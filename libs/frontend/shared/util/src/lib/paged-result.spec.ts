import { signal } from '@angular/core';
import { LoadState } from './load-state';
import { pagedResult } from './paged-result';

interface Page {
  items: string[];
  total: number;
}

const page = (total: number): Page => ({ items: [], total });

describe('pagedResult', () => {
  it('keeps the previous page while loading and drops it on error', () => {
    const load = signal<LoadState<Page>>({ status: 'loading' });
    const view = pagedResult(load);
    expect(view.result()).toBeNull();
    expect(view.loading()).toBe(true);

    load.set({ status: 'loaded', value: page(53) });
    expect(view.countText()).toBe('53 Einträge');

    load.set({ status: 'loading' });
    expect(view.result()?.total).toBe(53);

    load.set({ status: 'error', httpStatus: 500 });
    expect(view.result()).toBeNull();
    expect(view.failed()).toBe(true);
    expect(view.countText()).toBe('');
  });

  it('words the count in German', () => {
    const load = signal<LoadState<Page>>({ status: 'loaded', value: page(0) });
    expect(pagedResult(load).countText()).toBe('Keine Einträge gefunden');
    load.set({ status: 'loaded', value: page(1) });
    expect(pagedResult(load).countText()).toBe('1 Eintrag');
    load.set({ status: 'loaded', value: page(1234) });
    expect(pagedResult(load).countText()).toBe('1.234 Einträge');
  });
});
