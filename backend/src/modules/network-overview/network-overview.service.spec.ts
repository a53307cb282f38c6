import { overviewPeriod } from './network-overview.service';

describe('overviewPeriod', () => {
  it('covers whole weeks from Monday, the current one up to today (Berlin time)', () => {
    // Wednesday, 6 March 2030, 11:00 UTC.
    expect(overviewPeriod(new Date('2030-03-06T11:00:00Z'), 2)).toEqual({
      from: '2030-02-25',
      to: '2030-03-06',
      weeks: ['2030-02-25', '2030-03-04'],
    });
  });

  it('uses the Berlin day: Sunday 23:30 UTC is already Monday in Germany', () => {
    expect(overviewPeriod(new Date('2030-03-03T23:30:00Z'), 1)).toEqual({
      from: '2030-03-04',
      to: '2030-03-04',
      weeks: ['2030-03-04'],
    });
  });
});
