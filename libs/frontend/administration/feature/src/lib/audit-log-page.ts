import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AuditAction,
  AuditEntryDto,
  AuditListQuery,
} from '@portal/contracts';
import { AuditApi } from '@portal/frontend/administration/data-access';
import { EmptyState, formatBerlinDateTime } from '@portal/frontend/shared/ui';
import { entryCountText, problemMessage } from '@portal/frontend/shared/util';
import { AdministrationNav } from './administration-nav';

const PAGE_SIZE = 50;

interface AuditFilterForm {
  action: AuditAction | '';
  from: string;
  to: string;
}

/** /verwaltung/protokoll — the audit log: filter, read page by page, export as CSV. */
@Component({
  selector: 'portal-audit-log-page',
  imports: [FormsModule, EmptyState, AdministrationNav],
  template: `
    <h1>Protokoll</h1>
    <portal-administration-nav />
    <p class="intro">
      Sicherheitsrelevante Vorgänge: Anmeldungen, Rollenänderungen, Veröffentlichungen, Löschungen und Exporte
      – wer (oder welcher Systemauftrag), was, wann und von welcher Adresse. Einträge lassen sich nicht
      ändern; nach Ablauf der Aufbewahrungsfrist werden sie automatisch gelöscht.
    </p>

    <form class="filters" aria-label="Protokoll filtern" (submit)="apply($event)">
      <div class="field">
        <label for="audit-action">Aktion</label>
        <select id="audit-action" name="action" [(ngModel)]="form.action">
          <option value="">Alle Aktionen</option>
          @for (action of actions; track action) {
            <option [value]="action">{{ labels[action] }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="audit-from">Von (Datum)</label>
        <input id="audit-from" name="from" type="date" [(ngModel)]="form.from" />
      </div>
      <div class="field">
        <label for="audit-to">Bis (Datum)</label>
        <input id="audit-to" name="to" type="date" [(ngModel)]="form.to" />
      </div>
      <div class="actions">
        <button type="submit" class="button primary">Filtern</button>
        <a class="button" [href]="exportUrl()" download>Als CSV exportieren</a>
      </div>
    </form>

    <h2 id="eintraege" class="visually-hidden">Einträge</h2>
    @if (entries().length > 0) {
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="eintraege">
        <table>
          <caption>
            Protokolleinträge, neueste zuerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Zeitpunkt</th>
              <th scope="col">Aktion</th>
              <th scope="col">Person oder System</th>
              <th scope="col">Beschreibung</th>
              <th scope="col">Adresse</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track entry.id) {
              <tr>
                <td>
                  <time [attr.datetime]="entry.occurredAt">{{ when(entry.occurredAt) }}</time>
                </td>
                <td>{{ labels[entry.action] }}</td>
                <td>{{ entry.actorName }}</td>
                <td>{{ entry.summary }}</td>
                <td>{{ entry.ipAddress ?? '–' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (status() === 'idle') {
      <portal-empty-state title="Keine Einträge für diese Auswahl." />
    }

    <div class="more" aria-live="polite">
      @if (status() === 'loading') {
        <p>Das Protokoll wird geladen …</p>
      } @else if (status() === 'error') {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (nextCursor()) {
        <button type="button" class="button" (click)="loadMore()">Weitere Einträge laden</button>
      }
      @if (status() === 'idle') {
        <p class="count">{{ countText() }}</p>
      }
    </div>
  `,
  styles: `
    .intro {
      color: var(--portal-color-text-muted);
      max-width: 70ch;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--portal-space-3);
      margin-bottom: var(--portal-space-4);
    }
    .field {
      display: grid;
      gap: var(--portal-space-1);
    }
    .field select,
    .field input {
      min-height: 2.5rem;
      font: inherit;
    }
    .actions {
      display: flex;
      gap: var(--portal-space-2);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: var(--portal-space-2);
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: var(--portal-space-2);
      border-bottom: 1px solid var(--portal-color-border);
    }
    .more {
      margin-top: var(--portal-space-4);
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly labels = AUDIT_ACTION_LABELS;
  protected readonly form: AuditFilterForm = { action: '', from: '', to: '' };
  private readonly applied = signal<Omit<AuditListQuery, 'cursor' | 'limit'>>({});
  protected readonly entries = signal<AuditEntryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  protected readonly error = signal('');
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.applied()));
  protected readonly countText = computed(() => {
    const shown = entryCountText(this.entries().length);
    return this.nextCursor() ? `${shown} angezeigt, weitere vorhanden.` : `${shown}.`;
  });

  protected readonly when = formatBerlinDateTime;

  constructor() {
    this.load();
  }

  protected apply(event: Event): void {
    event.preventDefault();
    this.applied.set({
      action: this.form.action || undefined,
      from: this.form.from || undefined,
      to: this.form.to || undefined,
    });
    this.entries.set([]);
    this.nextCursor.set(null);
    this.load();
  }

  protected loadMore(): void {
    this.load(this.nextCursor() ?? undefined);
  }

  private load(cursor?: string): void {
    this.status.set('loading');
    this.api.list({ ...this.applied(), cursor, limit: PAGE_SIZE }).subscribe({
      next: (page) => {
        this.entries.update((entries) => [...entries, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(error, 'Das Protokoll konnte nicht geladen werden.'));
        this.status.set('error');
      },
    });
  }
}
