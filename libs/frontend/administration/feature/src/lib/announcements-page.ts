import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  ANNOUNCEMENT_LIMITS,
  ANNOUNCEMENT_SEVERITIES,
  ANNOUNCEMENT_SEVERITY_LABELS,
  AnnouncementDto,
  AnnouncementSeverity,
} from '@portal/contracts';
import { AnnouncementsAdminApi } from '@portal/frontend/administration/data-access';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { AdministrationNav } from './administration-nav';

/** /verwaltung/hinweise — the banner above every page: text, period, severity. */
@Component({
  selector: 'portal-announcements-page',
  imports: [AdministrationNav, DateTimePipe],
  templateUrl: './announcements-page.html',
  styleUrl: './user-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementsPage {
  private readonly api = inject(AnnouncementsAdminApi);

  protected readonly severities = ANNOUNCEMENT_SEVERITIES;
  protected readonly severityLabels = ANNOUNCEMENT_SEVERITY_LABELS;
  protected readonly textMax = ANNOUNCEMENT_LIMITS.text;
  protected readonly items = signal<AnnouncementDto[] | null>(null);
  protected readonly message = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  constructor() {
    this.reload();
  }

  protected create(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const startsAt = new Date(String(data.get('startsAt') ?? ''));
    const endsAt = new Date(String(data.get('endsAt') ?? ''));
    if (!text) return this.error.set('Bitte geben Sie einen Text ein.');
    if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) {
      return this.error.set('Bitte geben Sie Beginn und Ende an.');
    }
    this.busy.set(true);
    this.error.set('');
    this.api
      .create({
        text,
        severity: String(data.get('severity')) as AnnouncementSeverity,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
      })
      .subscribe({
        next: () => {
          form.reset();
          this.message.set('Der Hinweis wurde gespeichert.');
          this.reload();
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected remove(item: AnnouncementDto): void {
    this.busy.set(true);
    this.api.remove(item.id).subscribe({
      next: () => {
        this.message.set('Der Hinweis wurde gelöscht.');
        this.reload();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.error.set(problemMessage(error, 'Der Hinweis konnte nicht gespeichert werden.'));
    this.busy.set(false);
  }

  private reload(): void {
    this.api.list().subscribe({
      next: (list) => {
        this.items.set(list.items);
        this.busy.set(false);
      },
      error: () => {
        this.error.set('Die Hinweise konnten nicht geladen werden.');
        this.busy.set(false);
      },
    });
  }
}
