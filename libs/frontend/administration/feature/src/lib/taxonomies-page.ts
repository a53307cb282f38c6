import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  ASSET_LIMITS,
  CampaignTagDto,
  TAXONOMY_LIMITS,
  TaxonomyDto,
  TaxonomyTermDto,
} from '@portal/contracts';
import { TaxonomiesAdminApi } from '@portal/frontend/administration/data-access';
import { problemMessage } from '@portal/frontend/shared/util';
import { Observable } from 'rxjs';

/**
 * /verwaltung/taxonomien — the terms of every section in one place (coordinators and admins):
 * add, rename, deactivate, and merge (references move to the surviving term in one transaction).
 */
@Component({
  selector: 'portal-taxonomies-page',
  templateUrl: './taxonomies-page.html',
  styleUrl: './user-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaxonomiesPage {
  private readonly api = inject(TaxonomiesAdminApi);

  protected readonly labelMax = TAXONOMY_LIMITS.label;
  protected readonly tagMax = ASSET_LIMITS.tag;
  protected readonly taxonomies = signal<TaxonomyDto[] | null>(null);
  protected readonly campaignTags = signal<CampaignTagDto[]>([]);
  protected readonly message = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.reload();
  }

  protected add(event: Event, taxonomy: TaxonomyDto, input: HTMLInputElement): void {
    event.preventDefault();
    const label = input.value.trim();
    if (!label) {
      this.error.set('Bitte geben Sie einen Begriff ein.');
      return;
    }
    this.run(
      this.api.add(taxonomy.key, { label }),
      `„${label}“ wurde zu „${taxonomy.label}“ hinzugefügt.`,
      () => {
        input.value = '';
      },
    );
  }

  protected rename(event: Event, term: TaxonomyTermDto, input: HTMLInputElement): void {
    event.preventDefault();
    const label = input.value.trim();
    if (!label || label === term.label) return;
    this.run(
      this.api.update(term.id, { label, position: term.position }),
      `„${term.label}“ heißt jetzt „${label}“.`,
    );
  }

  protected toggle(term: TaxonomyTermDto): void {
    this.run(
      this.api.update(term.id, { label: term.label, position: term.position, active: !term.active }),
      term.active ? `„${term.label}“ wurde deaktiviert.` : `„${term.label}“ wurde wieder aktiviert.`,
    );
  }

  protected merge(event: Event, taxonomy: TaxonomyDto, source: string, target: string): void {
    event.preventDefault();
    if (!source || !target || source === target) {
      this.error.set('Bitte wählen Sie zwei verschiedene Begriffe.');
      return;
    }
    const name = (id: string) => taxonomy.terms.find((term) => term.id === id)?.label ?? '';
    this.busy.set(true);
    this.error.set('');
    this.api.merge(target, [source]).subscribe({
      next: (result) => {
        this.message.set(
          `„${name(source)}“ wurde mit „${name(target)}“ zusammengeführt; ${result.movedReferences} Verweise wurden übertragen.`,
        );
        this.reload();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected renameTag(event: Event, from: string, input: HTMLInputElement): void {
    event.preventDefault();
    const to = input.value.trim();
    if (!from || !to) {
      this.error.set('Bitte wählen Sie ein Schlagwort und geben Sie den neuen Namen ein.');
      return;
    }
    this.busy.set(true);
    this.error.set('');
    this.api.renameCampaignTag(from, to).subscribe({
      next: (result) => {
        this.message.set(`„${from}“ heißt jetzt „${to}“ (${result.movedReferences} Materialien).`);
        input.value = '';
        this.reload();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private run(request: Observable<unknown>, success: string, after?: () => void): void {
    this.busy.set(true);
    this.error.set('');
    request.subscribe({
      next: () => {
        this.message.set(success);
        after?.();
        this.reload();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.error.set(problemMessage(error, 'Die Änderung konnte nicht gespeichert werden.'));
    this.busy.set(false);
  }

  private reload(): void {
    this.api.campaignTags().subscribe({
      next: (list) => this.campaignTags.set(list.items),
      error: () => this.campaignTags.set([]),
    });
    this.api.list().subscribe({
      next: (list) => {
        this.taxonomies.set(list.items);
        this.busy.set(false);
      },
      error: () => {
        this.error.set('Die Listen konnten nicht geladen werden.');
        this.busy.set(false);
      },
    });
  }
}
