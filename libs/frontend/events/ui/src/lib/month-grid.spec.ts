import type { EventSummaryDto } from '@portal/contracts';
import { eventDayKeys, formatEventWhen } from './event-dates';
import { buildMonthGrid, shiftMonth } from './month-grid';

function event(id: string, startsAt: string, endsAt: string, allDay = false): EventSummaryDto {
  return {
    id,
    title: id,
    startsAt,
    endsAt,
    allDay,
    place: null,
    onlineUrl: null,
    cancelled: false,
    organisation: null,
  };
}

describe('month grid', () => {
  it('lays out November 2026 from Monday 26 Oct to Sunday 6 Dec', () => {
    const grid = buildMonthGrid(2026, 10, [], '2026-11-25');
    expect(grid.title).toBe('November 2026');
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(grid.weeks[0]![0]!.key).toBe('2026-10-26');
    expect(grid.weeks[0]![0]!.inMonth).toBe(false);
    expect(grid.weeks.at(-1)!.at(-1)!.key).toBe('2026-12-06');
    const today = grid.weeks.flat().filter((day) => day.isToday);
    expect(today.map((day) => day.label)).toEqual(['Mittwoch, 25. November 2026']);
    expect((grid.to.getTime() - grid.from.getTime()) / 86_400_000).toBeLessThanOrEqual(62);
  });

  it('puts events on every day they touch, in German time', () => {
    const grid = buildMonthGrid(
      2026,
      10,
      [
        // 23:30 UTC on the 9th is already the 10th in Berlin.
        event('late', '2026-11-09T23:30:00Z', '2026-11-10T00:30:00Z'),
        event('congress', '2026-11-12T00:00:00Z', '2026-11-14T00:00:00Z', true),
      ],
      '2026-11-01',
    );
    const day = (key: string) => grid.weeks.flat().find((d) => d.key === key)!;
    expect(day('2026-11-09').events).toEqual([]);
    expect(day('2026-11-10').events.map((e) => e.id)).toEqual(['late']);
    expect(day('2026-11-12').events.map((e) => e.id)).toEqual(['congress']);
    expect(day('2026-11-13').events.map((e) => e.id)).toEqual(['congress']);
    expect(day('2026-11-14').events).toEqual([]);
  });

  it('shifts months across years', () => {
    expect(shiftMonth(2026, 11, 1)).toEqual({ year: 2027, month: 0 });
    expect(shiftMonth(2026, 0, -1)).toEqual({ year: 2025, month: 11 });
  });

  it('formats when an event takes place', () => {
    expect(formatEventWhen(event('a', '2026-12-09T09:00:00Z', '2026-12-09T10:30:00Z'))).toBe(
      'Mittwoch, 9. Dezember 2026, 10:00–11:30 Uhr',
    );
    expect(formatEventWhen(event('b', '2027-01-08T00:00:00Z', '2027-01-09T00:00:00Z', true))).toBe(
      'Freitag, 8. Januar 2027 (ganztägig)',
    );
    expect(formatEventWhen(event('c', '2027-01-08T00:00:00Z', '2027-01-10T00:00:00Z', true))).toBe(
      '08.01.2027 – 09.01.2027 (ganztägig)',
    );
    expect(eventDayKeys(event('d', '2026-11-10T08:00:00Z', '2026-11-10T09:00:00Z'))).toEqual(['2026-11-10']);
  });
});
