import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { Permission, RESOURCE_LIMITS, ResourceCollectionSummaryDto } from '@portal/contracts';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { CurrentUser, problemMessage } from '@portal/frontend/shared/util';

/** /digitalisierung/sammlungen — curated collections; the coordination starts new ones here. */
@Component({
  selector: 'portal-collections-page',
  imports: [FormsModule, RouterLink, MatButton],
  template: `
    <p><a routerLink="/digitalisierung">← Alle Ressourcen</a></p>
    <h1>Sammlungen</h1>
    <p class="intro">Von der Koordination zusammengestellt: Ressourcen in einer sinnvollen Reihenfolge.</p>
    @if (status() === 'loading') {
      <p aria-live="polite">Wird geladen …</p>
    } @else if (status() === 'error') {
      <p class="error" role="alert">Die Sammlungen konnten nicht geladen werden.</p>
    } @else if (items().length === 0) {
      <p>Noch keine Sammlungen.</p>
    }
    <ul class="cards">
      @for (item of items(); track item.id) {
        <li class="panel">
          <h2>
            <a [routerLink]="[item.id]">{{ item.title }}</a>
          </h2>
          <p>{{ item.excerpt }}</p>
          <p class="muted">
            {{ item.itemCount }} {{ item.itemCount === 1 ? 'Ressource' : 'Ressourcen' }}
            @if (item.demo) {
              · Demo-Inhalt
            }
          </p>
        </li>
      }
    </ul>
    @if (mayManage) {
      <section class="panel" aria-labelledby="neue-sammlung">
        <h2 id="neue-sammlung">Neue Sammlung</h2>
        <form class="form" (ngSubmit)="create()">
          <div class="field">
            <label for="collection-title">Titel</label>
            <input
              id="collection-title"
              name="title"
              required
              [maxlength]="limits.collectionTitle"
              [(ngModel)]="title"
            />
          </div>
          <div class="field">
            <label for="collection-intro">Einleitung (Markdown)</label>
            <textarea
              id="collection-intro"
              name="intro"
              [maxlength]="limits.collectionIntro"
              [(ngModel)]="intro"
            ></textarea>
          </div>
          @if (error(); as error) {
            <p class="error" role="alert">{{ error }}</p>
          }
          <div class="buttons"><button mat-flat-button type="submit">Sammlung anlegen</button></div>
        </form>
      </section>
    }
  `,
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionsPage {
  private readonly api = inject(ResourcesApi);
  private readonly router = inject(Router);
  protected readonly mayManage = inject(CurrentUser).can(Permission.ResourcesManage);
  protected readonly limits = RESOURCE_LIMITS;
  protected readonly items = signal<ResourceCollectionSummaryDto[]>([]);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  protected readonly error = signal<string | null>(null);
  protected title = '';
  protected intro = '';

  constructor() {
    this.api.collections().subscribe({
      next: (list) => {
        this.items.set(list.items);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }

  protected create(): void {
    this.api.createCollection({ title: this.title, intro: this.intro }).subscribe({
      next: (collection) => void this.router.navigate(['/digitalisierung/sammlungen', collection.id]),
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Sammlung konnte nicht angelegt werden.')),
    });
  }
}
