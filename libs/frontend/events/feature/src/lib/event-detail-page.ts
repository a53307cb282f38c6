import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { authorName, EventDto } from '@portal/contracts';
import { EventsApi } from '@portal/frontend/events/data-access';
import { formatEventWhen } from '@portal/frontend/events/ui';
import { describeAudience, Icon, NotFoundNotice, portalTitle } from '@portal/frontend/shared/ui';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';
import { merge, Subject, switchMap } from 'rxjs';
import { BUTTON_STYLES } from './shared-styles';

/** /termine/:id — one Termin with .ics download and registration link. Outside the audience: 404. */
@Component({
  selector: 'portal-event-detail-page',
  imports: [RouterLink, NotFoundNotice, Icon],
  templateUrl: './event-detail-page.html',
  styles: [
    BUTTON_STYLES,
    `
      article {
        max-width: 48rem;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--portal-space-1) var(--portal-space-3);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .cancelled {
        padding: var(--portal-space-2) var(--portal-space-3);
        border: 2px solid var(--portal-color-error);
        border-radius: var(--portal-radius);
        font-weight: 700;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--portal-space-2);
        margin: var(--portal-space-4) 0;
      }
      .back a {
        display: inline-flex;
        align-items: center;
        gap: var(--portal-space-1);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventDetailPage {
  /** Route parameter, bound by `withComponentInputBinding()`. */
  readonly id = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly title = inject(Title);
  private readonly reloaded = new Subject<LoadState<EventDto>>();

  protected readonly load = toSignal(
    merge(toObservable(this.id).pipe(switchMap((id) => toLoadState(this.api.get(id)))), this.reloaded),
    { initialValue: { status: 'loading' } as LoadState<EventDto> },
  );
  protected readonly event = computed(() => {
    const load = this.load();
    return load.status === 'loaded' ? load.value : null;
  });
  protected readonly when = computed(() => {
    const event = this.event();
    return event ? formatEventWhen(event) : '';
  });
  protected readonly paragraphs = computed(() =>
    (this.event()?.description ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  );
  protected readonly audience = computed(() => {
    const event = this.event();
    if (!event) return '';
    const names = new Map(event.organisation ? [[event.organisation.id, event.organisation.name]] : []);
    return describeAudience(event.audience, names);
  });
  /** Who entered it („ehemalige Person“ after an account deletion; none for demo content). */
  protected readonly author = computed(() => authorName(this.event()?.author));
  protected readonly icsUrl = computed(() => this.api.icsUrl(this.id()));
  protected readonly notFound = computed(() => {
    const load = this.load();
    return load.status === 'error' && (load.httpStatus === 404 || load.httpStatus === 400);
  });
  protected readonly confirming = signal(false);
  protected readonly cancelStatus = signal<'idle' | 'saving' | 'conflict' | 'error'>('idle');

  constructor() {
    effect(() => {
      const event = this.event();
      if (event) this.title.setTitle(portalTitle(event.title));
      else if (this.notFound()) this.title.setTitle(portalTitle('Seite nicht gefunden'));
    });
  }

  protected cancelEvent(event: EventDto): void {
    this.cancelStatus.set('saving');
    this.api.cancel(event.id, event.version).subscribe({
      next: (updated) => {
        this.confirming.set(false);
        this.cancelStatus.set('idle');
        this.reloaded.next({ status: 'loaded', value: updated });
      },
      error: (error: { status?: number }) =>
        this.cancelStatus.set(error.status === 409 ? 'conflict' : 'error'),
    });
  }
}
