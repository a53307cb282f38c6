import { Injectable, computed, signal } from '@angular/core';
import { ASSET_LIMITS } from '@portal/contracts';

/** What the basket remembers of an asset (enough to list it and check the campaign's terms). */
export interface SelectedAsset {
  id: string;
  title: string;
  campaignId: string;
  campaignName: string;
}

const STORAGE_KEY = 'portal.campaigns.selection';

function restore(): SelectedAsset[] {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(raw)
      ? (raw as SelectedAsset[]).filter(
          (item) => typeof item?.id === 'string' && typeof item?.title === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * The selection basket („zur Auswahl hinzufügen“): kept in the browser only (localStorage), so it
 * survives reloads without the server learning anything; downloaded as one ZIP.
 */
@Injectable({ providedIn: 'root' })
export class AssetSelection {
  private readonly state = signal<SelectedAsset[]>(restore());

  readonly items = this.state.asReadonly();
  readonly count = computed(() => this.state().length);
  readonly full = computed(() => this.state().length >= ASSET_LIMITS.selection);

  has(id: string): boolean {
    return this.state().some((item) => item.id === id);
  }

  add(item: SelectedAsset): void {
    if (this.has(item.id) || this.full()) return;
    this.update([...this.state(), item]);
  }

  remove(id: string): void {
    this.update(this.state().filter((item) => item.id !== id));
  }

  clear(): void {
    this.update([]);
  }

  private update(items: SelectedAsset[]): void {
    this.state.set(items);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(items));
    } catch {
      // Private mode or full storage: the basket still works for this page view.
    }
  }
}
