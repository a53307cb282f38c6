import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CONTENT_REPORT_LIMITS,
  ContentReportDto,
  ContentReportStatus,
  SEARCH_TYPE_LABELS,
  SearchType,
} from '@portal/contracts';
import { ContentReportsApi } from '@portal/frontend/administration/data-access';
import { EmptyState, formatBerlinDateTime } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';

/**
 * /verwaltung/meldungen — what people reported with „Melden“ (coordination and administration):
 * open reports newest first, each linking its content; marking one as handled keeps a note.
 */
@Component({
  selector: 'portal-content-reports-page',
  imports: [RouterLink, EmptyState],
  template: `
    <h1>Gemeldete Inhalte</h1>
    <p class="intro">
      Hier landet, was jemand über „Melden“ an einem Beitrag gemeldet hat. Öffnen Sie den Inhalt, ändern,
      archivieren oder entfernen Sie ihn bei Bedarf und markieren Sie die Meldung dann als erledigt.
    </p>

    <fieldset class="filter">
      <legend>Anzeigen</legend>
      <label>
        <input
          type="radio"
          name="report-status"
          value="open"
          [checked]="status() === 'open'"
          (change)="show('open')"
        />
        Offene Meldungen
      </label>
      <label>
        <input
          type="radio"
          name="report-status"
          value="resolved"
          [checked]="status() === 'resolved'"
          (change)="show('resolved')"
        />
        Erledigte Meldungen
      </label>
    </fieldset>

    <p class="announcement" role="status" aria-live="polite">{{ announcement() }}</p>

    @if (reports().length > 0) {
      <ul
        class="reports"
        [attr.aria-label]="status() === 'open' ? 'Offene Meldungen' : 'Erledigte Meldungen'"
      >
        @for (report of reports(); track report.id) {
          <li>
            <article [attr.aria-labelledby]="'report-' + report.id">
              <h2 [id]="'report-' + report.id">
                <!-- The space inside the binding: Angular drops whitespace-only text between elements. -->
                <span class="type">{{ typeLabel(report.targetType) + ': ' }}</span>
                <a [routerLink]="report.link">{{ report.title }}</a>
              </h2>
              <p class="meta">
                Gemeldet am <time [attr.datetime]="report.createdAt">{{ when(report.createdAt) }}</time> von
                {{ report.reporter?.displayName ?? 'einer Person, deren Konto gelöscht ist' }}
              </p>
              <p class="label">Grund der Meldung</p>
              <p class="text">{{ report.reason }}</p>
              @if (report.status === 'open') {
                <form (submit)="resolve($event, report, note.value)">
                  <label [for]="'note-' + report.id">Notiz, was Sie getan haben (freiwillig)</label>
                  <textarea
                    #note
                    [id]="'note-' + report.id"
                    name="resolution"
                    rows="2"
                    [attr.maxlength]="noteMax"
                  ></textarea>
                  <button type="submit" class="button primary" [disabled]="busy() === report.id">
                    Als erledigt markieren<span class="visually-hidden">: {{ report.title }}</span>
                  </button>
                </form>
              } @else {
                <p class="meta">
                  Erledigt
                  @if (report.resolvedAt) {
                    am <time [attr.datetime]="report.resolvedAt">{{ when(report.resolvedAt) }}</time>
                  }
                  @if (report.resolver) {
                    von {{ report.resolver.displayName }}
                  }
                </p>
                @if (report.resolution) {
                  <p class="label">Notiz</p>
                  <p class="text">{{ report.resolution }}</p>
                }
              }
            </article>
          </li>
        }
      </ul>
    } @else if (state() === 'idle') {
      <portal-empty-state
        [title]="status() === 'open' ? 'Keine offenen Meldungen.' : 'Noch keine erledigten Meldungen.'"
      />
    }

    <div class="more">
      @if (state() === 'loading') {
        <p>Die Meldungen werden geladen …</p>
      } @else if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      @if (nextCursor() && state() !== 'loading') {
        <button type="button" class="button" (click)="loadMore()">Weitere laden</button>
      }
    </div>
  `,
  styles: `
    .intro {
      color: var(--portal-color-text-muted);
      max-width: 70ch;
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-4);
      border: none;
      padding: 0;
      margin: 0 0 var(--portal-space-3);
    }
    .filter legend {
      font-weight: 700;
      margin-bottom: var(--portal-space-2);
    }
    .reports {
      list-style: none;
      padding: 0;
    }
    .reports > li {
      border-bottom: 1px solid var(--portal-color-border);
      padding: var(--portal-space-3) 0;
    }
    h2 {
      font-size: 1.125rem;
      margin: 0 0 var(--portal-space-1);
    }
    .type,
    .meta {
      color: var(--portal-color-text-muted);
    }
    .label {
      font-weight: 700;
      margin: var(--portal-space-2) 0 0;
    }
    .text {
      white-space: pre-wrap;
      margin-top: 0;
      max-width: 70ch;
    }
    form {
      display: grid;
      gap: var(--portal-space-1);
      max-width: 40rem;
    }
    form button {
      justify-self: start;
    }
    textarea {
      font: inherit;
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContentReportsPage {
  private readonly api = inject(ContentReportsApi);

  protected readonly noteMax = CONTENT_REPORT_LIMITS.reason;
  protected readonly status = signal<ContentReportStatus>('open');
  protected readonly reports = signal<ContentReportDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly state = signal<'loading' | 'idle'>('loading');
  protected readonly error = signal('');
  /** What the last action did, read out by screen readers. */
  protected readonly announcement = signal('');
  /** The report being marked right now, so its button cannot be pressed twice. */
  protected readonly busy = signal<string | null>(null);
  protected readonly when = formatBerlinDateTime;

  constructor() {
    this.load();
  }

  protected typeLabel(type: string): string {
    return SEARCH_TYPE_LABELS[type as SearchType] ?? 'Inhalt';
  }

  protected show(status: ContentReportStatus): void {
    if (status === this.status()) return;
    this.status.set(status);
    this.reports.set([]);
    this.nextCursor.set(null);
    this.load();
  }

  protected loadMore(): void {
    this.load(this.nextCursor() ?? undefined);
  }

  protected resolve(event: Event, report: ContentReportDto, note: string): void {
    event.preventDefault();
    this.busy.set(report.id);
    this.error.set('');
    const resolution = note.trim();
    this.api.resolve(report.id, resolution ? { resolution } : {}).subscribe({
      next: () => {
        this.busy.set(null);
        this.reports.update((reports) => reports.filter((item) => item.id !== report.id));
        this.announcement.set(`Die Meldung zu „${report.title}“ ist als erledigt markiert.`);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.error.set(problemMessage(error, 'Die Meldung konnte nicht als erledigt markiert werden.'));
      },
    });
  }

  private load(cursor?: string): void {
    const status = this.status();
    this.state.set('loading');
    this.error.set('');
    this.api.list(status, cursor).subscribe({
      next: (page) => {
        // A late answer for the other filter must not mix into this list.
        if (status !== this.status()) return;
        const reports = [...this.reports(), ...page.items];
        this.reports.set(reports);
        this.nextCursor.set(page.nextCursor);
        this.state.set('idle');
        this.announcement.set(countText(status, reports.length, page.nextCursor !== null));
      },
      error: (error: unknown) => {
        this.state.set('idle');
        this.error.set(problemMessage(error, 'Die Meldungen konnten nicht geladen werden.'));
      },
    });
  }
}

function countText(status: ContentReportStatus, shown: number, more: boolean): string {
  const kind = status === 'open' ? 'offene' : 'erledigte';
  const count =
    shown === 0 ? `Keine ${kind}n Meldungen` : `${shown} ${kind} ${shown === 1 ? 'Meldung' : 'Meldungen'}`;
  return more ? `${count} angezeigt, weitere vorhanden.` : `${count}.`;
}
