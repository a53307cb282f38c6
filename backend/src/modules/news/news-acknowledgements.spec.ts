import { acknowledgementStats } from './news-acknowledgements';
import type { AcknowledgementRow } from './news.repository';

function row(name: string | null, audience: number, acknowledged: number): AcknowledgementRow {
  return {
    organisationId: name && `id-${name}`,
    organisationKey: name && `key-${name}`,
    organisationName: name,
    organisationState: name ? 'Hessen' : null,
    organisationKind: name && 'jobcenter',
    audience,
    acknowledged,
  };
}

describe('acknowledgementStats', () => {
  it('with a minimum of 5: lists organisations of at least 5 people and pools the smaller ones', () => {
    const stats = acknowledgementStats([row('A', 5, 2), row('B', 3, 1), row('C', 2, 2), row(null, 1, 0)], 5);
    expect(stats.organisations.map((entry) => [entry.organisation.name, entry.acknowledged])).toEqual([
      ['A', 2],
    ]);
    expect(stats.smallGroups).toEqual({ organisations: 2, acknowledged: 3, audience: 6 });
    expect(stats.total).toEqual({ acknowledged: 5, audience: 11 });
  });

  it('with a minimum of 5: no count for a pool or a total below 5 people — „1 von 1“ would name the reader', () => {
    const stats = acknowledgementStats([row('A', 1, 1), row('B', 2, 0)], 5);
    expect(stats.organisations).toEqual([]);
    expect(stats.smallGroups).toEqual({ organisations: 2, acknowledged: null, audience: 3 });
    expect(stats.total).toEqual({ acknowledged: null, audience: 3 });
  });

  it('lists every organisation with its count when the operator keeps the default minimum of 1', () => {
    const stats = acknowledgementStats([row('A', 1, 1), row('B', 2, 0)], 1);
    expect(stats.organisations.map((entry) => [entry.organisation.name, entry.acknowledged])).toEqual([
      ['A', 1],
      ['B', 0],
    ]);
    expect(stats.smallGroups).toBeNull();
    expect(stats.total).toEqual({ acknowledged: 1, audience: 3 });
  });

  it('has no pool when every organisation is large enough, and an empty audience has none', () => {
    expect(acknowledgementStats([row('A', 7, 0)], 5).smallGroups).toBeNull();
    expect(acknowledgementStats([], 5)).toEqual({
      total: { acknowledged: null, audience: 0 },
      minimumGroup: 5,
      organisations: [],
      smallGroups: null,
    });
  });
});
