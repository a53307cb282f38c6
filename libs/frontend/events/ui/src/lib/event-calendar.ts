import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EventSummaryDto } from '@portal/contracts';
import { formatBerlinTime } from './event-dates';
import { buildMonthGrid, WEEKDAYS } from './month-grid';

/**
 * A month as an accessible table: caption with the month, weekday column headers, events as
 * links in their day cells, today marked (aria-current="date"), previous/next month buttons.
 */
@Component({
  selector: 'portal-event-calendar',
  imports: [RouterLink],
  template: `
    <div class="navigation">
      <button type="button" class="button" (click)="previous.emit()">
        <span aria-hidden="true">‹</span> Vorheriger Monat
      </button>
      <button type="button" class="button" (click)="next.emit()">
        Nächster Monat <span aria-hidden="true">›</span>
      </button>
    </div>
    <table class="calendar">
      <caption>
        {{
          grid().title
        }}
      </caption>
      <thead>
        <tr>
          @for (weekday of weekdays; track weekday.short) {
            <th scope="col">
              <abbr [title]="weekday.long">{{ weekday.short }}</abbr>
            </th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of grid().weeks; track week[0]!.key) {
          <tr>
            @for (day of week; track day.key) {
              <td
                [class.outside]="!day.inMonth"
                [class.today]="day.isToday"
                [attr.aria-current]="day.isToday ? 'date' : null"
              >
                <span class="day-number" aria-hidden="true">{{ day.dayOfMonth }}</span>
                <span class="visually-hidden">{{ day.label }}</span>
                @if (day.isToday) {
                  <span class="today-label">heute</span>
                }
                @if (day.events.length > 0) {
                  <ul class="events">
                    @for (event of day.events; track event.id) {
                      <li>
                        <a [routerLink]="['/termine', event.id]" [class.cancelled]="event.cancelled">
                          @if (!event.allDay) {
                            <span class="time">{{ time(event.startsAt) }}</span>
                          }
                          {{ event.title }}
                          @if (event.cancelled) {
                            <strong class="badge">Abgesagt</strong>
                          }
                        </a>
                      </li>
                    }
                  </ul>
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .navigation {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--portal-space-2);
      margin-bottom: var(--portal-space-2);
    }
    .calendar {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    caption {
      margin-bottom: var(--portal-space-2);
      font-size: 1.25rem;
      font-weight: 700;
      text-align: left;
    }
    th,
    td {
      border: 1px solid var(--portal-color-border);
      padding: var(--portal-space-1);
      vertical-align: top;
    }
    td {
      height: 6rem;
      overflow-wrap: anywhere;
    }
    abbr {
      text-decoration: none;
    }
    .outside {
      background: var(--portal-color-surface);
      color: var(--portal-color-text-muted);
    }
    .today {
      outline: 3px solid var(--portal-color-brand);
      outline-offset: -3px;
    }
    .day-number {
      font-weight: 600;
    }
    .today-label {
      margin-left: var(--portal-space-1);
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
    }
    .events {
      display: grid;
      gap: var(--portal-space-1);
      margin: var(--portal-space-1) 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .time {
      font-weight: 600;
    }
    .cancelled {
      text-decoration: line-through;
    }
    .badge {
      display: inline-block;
      text-decoration: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventCalendar {
  readonly year = input.required<number>();
  /** 0 = January. */
  readonly month = input.required<number>();
  readonly events = input<readonly EventSummaryDto[]>([]);
  /** „2026-11-25“ (German day). */
  readonly today = input.required<string>();
  readonly previous = output<void>();
  readonly next = output<void>();

  protected readonly weekdays = WEEKDAYS;
  protected readonly grid = computed(() =>
    buildMonthGrid(this.year(), this.month(), this.events(), this.today()),
  );
  protected readonly time = formatBerlinTime;
}
