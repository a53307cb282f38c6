import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FeedTokenCreatedDto, FeedTokenStatusDto } from '@portal/contracts';
import { FeedTokenApi } from '@portal/frontend/events/data-access';
import { DateTimePipe } from '@portal/frontend/shared/ui';

/**
 * „Kalender- und Nachrichten-Feeds“ on the profile page: create, rotate or revoke the personal
 * feed token. The URLs are shown once, right after creating them (only a hash is stored).
 */
@Component({
  selector: 'app-feed-links-section',
  imports: [DateTimePipe],
  template: `
    <section aria-labelledby="feeds">
      <h2 id="feeds">Kalender- und Nachrichten-Feeds</h2>
      <p>
        Mit persönlichen Adressen können Sie Ihre Termine in Ihrem Kalenderprogramm (z. B. Outlook) und Ihre
        Neuigkeiten in einem Feedreader abonnieren. Sie enthalten genau das, was Sie im Portal sehen.
      </p>
      <p class="hint">
        Die Adressen sind persönlich und wirken wie ein Schlüssel: Wer sie kennt, kann Ihre Termine und
        Neuigkeiten lesen. Geben Sie sie nicht weiter. Wenn Sie neue Adressen erzeugen oder sie widerrufen,
        funktionieren die alten sofort nicht mehr.
      </p>

      @if (status(); as status) {
        @if (status.exists && status.createdAt) {
          <p>Ihre aktuellen Adressen wurden am {{ status.createdAt | portalDateTime }} erzeugt.</p>
        } @else {
          <p>Sie haben zurzeit keine Feed-Adressen.</p>
        }
      }

      @if (created(); as created) {
        <div class="urls">
          <p><strong>Diese Adressen werden nur jetzt angezeigt.</strong> Kopieren Sie sie in Ihr Programm.</p>
          <div class="url">
            <label for="feed-calendar-url">Termine (iCalendar)</label>
            <input id="feed-calendar-url" type="text" readonly [value]="created.calendarUrl" />
            <button type="button" class="button" (click)="copy(created.calendarUrl, 'Termine')">
              Termine-Adresse kopieren
            </button>
          </div>
          <div class="url">
            <label for="feed-news-url">Neuigkeiten (Atom-Feed)</label>
            <input id="feed-news-url" type="text" readonly [value]="created.newsUrl" />
            <button type="button" class="button" (click)="copy(created.newsUrl, 'Neuigkeiten')">
              Neuigkeiten-Adresse kopieren
            </button>
          </div>
        </div>
      }

      <div class="actions">
        <button type="button" class="button" [disabled]="busy()" (click)="rotate()">
          {{ status()?.exists ? 'Neue Adressen erzeugen' : 'Feed-Adressen erzeugen' }}
        </button>
        @if (status()?.exists) {
          <button type="button" class="button" [disabled]="busy()" (click)="revoke()">
            Adressen widerrufen
          </button>
        }
      </div>
      <p aria-live="polite" class="message">{{ message() }}</p>
    </section>
  `,
  styles: `
    .hint {
      color: var(--portal-color-text-muted);
    }
    .urls {
      display: grid;
      gap: var(--portal-space-3);
      margin: var(--portal-space-3) 0;
    }
    .url {
      display: grid;
      gap: var(--portal-space-1);
    }
    .url input {
      min-height: 2.5rem;
      padding: 0 var(--portal-space-2);
      font: inherit;
    }
    .url .button {
      justify-self: start;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedLinksSection {
  private readonly api = inject(FeedTokenApi);

  protected readonly status = signal<FeedTokenStatusDto | null>(null);
  protected readonly created = signal<FeedTokenCreatedDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal('');

  constructor() {
    this.api.status().subscribe({
      next: (status) => this.status.set(status),
      error: () => this.message.set('Der Stand Ihrer Feed-Adressen konnte nicht geladen werden.'),
    });
  }

  protected rotate(): void {
    this.busy.set(true);
    this.api.rotate().subscribe({
      next: (created) => {
        this.created.set(created);
        this.status.set({ exists: true, createdAt: created.createdAt });
        this.message.set('Neue Adressen wurden erzeugt. Frühere Adressen funktionieren nicht mehr.');
        this.busy.set(false);
      },
      error: () => {
        this.message.set('Die Adressen konnten nicht erzeugt werden.');
        this.busy.set(false);
      },
    });
  }

  protected revoke(): void {
    this.busy.set(true);
    this.api.revoke().subscribe({
      next: () => {
        this.created.set(null);
        this.status.set({ exists: false, createdAt: null });
        this.message.set('Ihre Feed-Adressen wurden widerrufen.');
        this.busy.set(false);
      },
      error: () => {
        this.message.set('Die Adressen konnten nicht widerrufen werden.');
        this.busy.set(false);
      },
    });
  }

  protected copy(url: string, what: string): void {
    const manual = 'Kopieren nicht möglich. Bitte markieren und kopieren Sie die Adresse selbst.';
    if (!navigator.clipboard) {
      this.message.set(manual);
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => this.message.set(`${what}-Adresse kopiert.`),
      () => this.message.set(manual),
    );
  }
}
