import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { EventListDto, EventSummaryDto, Permission } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { EventsApi } from '@portal/frontend/events/data-access';
import {
  berlinDayKey,
  buildMonthGrid,
  EventCalendar,
  EventCard,
  shiftMonth,
} from '@portal/frontend/events/ui';
import { EmptyState } from '@portal/frontend/shared/ui';
import { LoadState, toLoadState } from '@portal/frontend/shared/util';
import { switchMap } from 'rxjs';
import { BUTTON_STYLES } from './shared-styles';

type View = 'liste' | 'kalender';

/** /termine — upcoming Termine as a list („Weitere Termine laden“) or as a month calendar. */
@Component({
  selector: 'portal-events-page',
  imports: [EventCard, EventCalendar, EmptyState, RouterLink],
  templateUrl: './events-page.html',
  styles: [
    BUTTON_STYLES,
    `
      .header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: var(--portal-space-3);
      }
      .intro {
        color: var(--portal-color-text-muted);
      }
      .views {
        display: inline-flex;
        gap: 0;
        margin: var(--portal-space-3) 0;
      }
      .views .button[aria-pressed='true'] {
        background: var(--portal-color-brand);
        color: var(--portal-color-surface-raised);
      }
      .list {
        display: grid;
        gap: var(--portal-space-3);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .more {
        margin-top: var(--portal-space-4);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventsPage {
  /** Query parameter `ansicht` (bound by `withComponentInputBinding()`). */
  readonly ansicht = input<string | undefined>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);

  protected readonly view = computed<View>(() => (this.ansicht() === 'kalender' ? 'kalender' : 'liste'));
  protected readonly canWrite = signal(inject(CurrentUser).can(Permission.EventsWrite));

  // List view
  protected readonly items = signal<EventSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');

  // Calendar view
  protected readonly today = berlinDayKey(new Date());
  protected readonly year = signal(Number(this.today.slice(0, 4)));
  protected readonly month = signal(Number(this.today.slice(5, 7)) - 1);
  private readonly range = computed(() => {
    const grid = buildMonthGrid(this.year(), this.month(), [], this.today);
    return { from: grid.from, to: grid.to };
  });
  protected readonly monthLoad = toSignal(
    toObservable(this.range).pipe(switchMap((range) => toLoadState(this.api.range(range.from, range.to)))),
    { initialValue: { status: 'loading' } as LoadState<EventListDto> },
  );
  protected readonly monthEvents = computed(() => {
    const load = this.monthLoad();
    return load.status === 'loaded' ? load.value.items : [];
  });

  constructor() {
    this.loadMore();
  }

  protected show(view: View): void {
    void this.router.navigate([], {
      queryParams: { ansicht: view === 'kalender' ? 'kalender' : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected moveMonth(delta: number): void {
    const next = shiftMonth(this.year(), this.month(), delta);
    this.year.set(next.year);
    this.month.set(next.month);
  }

  protected loadMore(): void {
    this.status.set('loading');
    this.api.upcoming(this.nextCursor()).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }
}
