import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { RESOURCE_LIMITS, ResourceCollectionDto, ResourceSummaryDto } from '@portal/contracts';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { NotFoundNotice, portalTitle } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { ResourceCard } from './resource-card';

/**
 * /digitalisierung/sammlungen/:id — a collection in its order. The coordination edits title and
 * intro, adds, removes and reorders (buttons, so it works by keyboard; each change is saved at once).
 */
@Component({
  selector: 'portal-collection-detail-page',
  imports: [FormsModule, RouterLink, MatButton, NotFoundNotice, ResourceCard],
  templateUrl: './collection-detail-page.html',
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(ResourcesApi);
  private readonly title = inject(Title);
  private readonly router = inject(Router);

  protected readonly limits = RESOURCE_LIMITS;
  protected readonly collection = signal<ResourceCollectionDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly message = signal('');
  protected readonly error = signal<string | null>(null);
  /** Published resources to add (the newest ones; the coordination sees every audience). */
  protected readonly candidates = signal<ResourceSummaryDto[]>([]);
  protected readonly addable = computed(() => {
    const present = new Set(this.collection()?.items.map((item) => item.id) ?? []);
    return this.candidates().filter((candidate) => !present.has(candidate.id));
  });
  protected toAdd = '';
  protected editTitle = '';
  protected editIntro = '';

  constructor() {
    effect(() => {
      const id = this.id();
      this.api.collection(id).subscribe({
        next: (collection) => this.show(collection),
        error: () => {
          this.notFound.set(true);
          this.title.setTitle(portalTitle('Sammlung nicht gefunden'));
        },
      });
    });
  }

  protected move(index: number, offset: -1 | 1): void {
    const ids = this.ids();
    const target = index + offset;
    if (target < 0 || target >= ids.length) return;
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(target, 0, moved);
    this.save(ids, 'Die Reihenfolge wurde gespeichert.');
  }

  protected removeItem(index: number): void {
    const ids = this.ids();
    ids.splice(index, 1);
    this.save(ids, 'Die Ressource wurde aus der Sammlung entfernt.');
  }

  protected add(): void {
    if (!this.toAdd) return;
    this.save([...this.ids(), this.toAdd], 'Die Ressource wurde angehängt.');
    this.toAdd = '';
  }

  protected saveText(collection: ResourceCollectionDto): void {
    this.api.updateCollection(collection.id, { title: this.editTitle, intro: this.editIntro }).subscribe({
      next: (updated) => {
        this.show(updated);
        this.message.set('Titel und Einleitung wurden gespeichert.');
      },
      error: (error: unknown) => this.error.set(problemMessage(error, 'Das hat nicht geklappt.')),
    });
  }

  protected remove(collection: ResourceCollectionDto): void {
    if (!confirm(`Sammlung „${collection.title}“ löschen? Die Ressourcen selbst bleiben erhalten.`)) return;
    this.api.removeCollection(collection.id).subscribe({
      next: () => void this.router.navigate(['/digitalisierung/sammlungen']),
      error: (error: unknown) => this.error.set(problemMessage(error, 'Das hat nicht geklappt.')),
    });
  }

  private ids(): string[] {
    return this.collection()?.items.map((item) => item.id) ?? [];
  }

  private save(ids: string[], done: string): void {
    const collection = this.collection();
    if (!collection) return;
    this.error.set(null);
    this.api.setCollectionItems(collection.id, ids).subscribe({
      next: (updated) => {
        this.show(updated);
        this.message.set(done);
      },
      error: (error: unknown) => this.error.set(problemMessage(error, 'Das hat nicht geklappt.')),
    });
  }

  private show(collection: ResourceCollectionDto): void {
    this.collection.set(collection);
    this.editTitle = collection.title;
    this.editIntro = collection.intro;
    this.title.setTitle(portalTitle(collection.title));
    if (collection.may.edit && this.candidates().length === 0) {
      this.api.list({ limit: 50 }).subscribe({ next: (page) => this.candidates.set(page.items) });
    }
  }
}
