import { Injectable, computed, inject, signal } from '@angular/core';
import { ASSET_LIMITS } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';

/** What the basket remembers of an asset (enough to list it and check the campaign's terms). */
export interface SelectedAsset {
  id: string;
  title: string;
  campaignId: string;
  campaignName: string;
}

/** Said when an asset cannot be added, so that a press never silently does nothing. */
export const SELECTION_FULL_MESSAGE =
  `Die Auswahl ist voll (höchstens ${ASSET_LIMITS.selection} Materialien). ` +
  'Laden Sie sie herunter oder entfernen Sie etwas.';

/** Per person: on a shared computer the next person must not see what the last one collected. */
export function selectionStorageKey(userId: string): string {
  return `portal.campaigns.selection.${userId}`;
}

function restore(key: string): SelectedAsset[] {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]');
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
 * The selection basket („zur Auswahl hinzufügen“): kept in the browser only (localStorage, per
 * person, removed at sign-out), so it survives reloads without the server learning anything;
 * downloaded as one ZIP.
 */
@Injectable({ providedIn: 'root' })
export class AssetSelection {
  private readonly storageKey = selectionStorageKey(inject(CurrentUser).me()?.id ?? 'anonym');
  private readonly state = signal<SelectedAsset[]>(restore(this.storageKey));

  readonly items = this.state.asReadonly();
  readonly count = computed(() => this.state().length);
  readonly full = computed(() => this.state().length >= ASSET_LIMITS.selection);

  has(id: string): boolean {
    return this.state().some((item) => item.id === id);
  }

  /** False when the basket is full (the caller says so); true when the asset is in it. */
  add(item: SelectedAsset): boolean {
    if (this.has(item.id)) return true;
    if (this.full()) return false;
    this.update([...this.state(), item]);
    return true;
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
      globalThis.localStorage?.setItem(this.storageKey, JSON.stringify(items));
    } catch {
      // Private mode or full storage: the basket still works for this page view.
    }
  }
}
