import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ResourceSummaryDto } from '@portal/contracts';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';

/** /digitalisierung/defekte-links — published resources whose link check failed. */
@Component({
  selector: 'portal-broken-links-page',
  imports: [RouterLink, MatButton, DateTimePipe],
  template: `
    <p><a routerLink="/digitalisierung">← Alle Ressourcen</a></p>
    <h1>Defekte Links</h1>
    <p class="intro">
      Die Linkprüfung ruft jede Webadresse nachts und nach jeder Änderung auf. Diese Links waren zuletzt nicht
      erreichbar.
    </p>
    @if (status() === 'loading') {
      <p aria-live="polite">Wird geladen …</p>
    } @else if (status() === 'error') {
      <p class="error" role="alert">Die Liste konnte nicht geladen werden.</p>
    } @else if (items().length === 0) {
      <p>Alle geprüften Links sind erreichbar.</p>
    } @else {
      <table>
        <caption class="visually-hidden">
          Ressourcen mit nicht erreichbarem Link
        </caption>
        <thead>
          <tr>
            <th scope="col">Ressource</th>
            <th scope="col">Befund</th>
            <th scope="col">Zuletzt geprüft</th>
            <th scope="col"><span class="visually-hidden">Aktion</span></th>
          </tr>
        </thead>
        <tbody>
          @for (item of items(); track item.id) {
            <tr>
              <td>
                <a [routerLink]="['/digitalisierung', item.id]">{{ item.title }}</a><br />
                <span class="muted">{{ item.url }}</span>
              </td>
              <td>{{ item.link?.detail ?? 'Nicht erreichbar' }}</td>
              <td>{{ item.link?.checkedAt | portalDateTime }}</td>
              <td>
                <button mat-stroked-button type="button" (click)="recheck(item)">
                  Jetzt prüfen<span class="visually-hidden">: {{ item.title }}</span>
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
    <p aria-live="polite">{{ message() }}</p>
  `,
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrokenLinksPage {
  private readonly api = inject(ResourcesApi);
  protected readonly items = signal<ResourceSummaryDto[]>([]);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  protected readonly message = signal('');

  constructor() {
    this.api.list({ brokenLinks: true, limit: 50 }).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }

  protected recheck(item: ResourceSummaryDto): void {
    this.api.recheckLink(item.id).subscribe({
      next: () => this.message.set(`„${item.title}“ wird gleich erneut geprüft.`),
      error: (error: unknown) =>
        this.message.set(problemMessage(error, 'Die Prüfung konnte nicht gestartet werden.')),
    });
  }
}
