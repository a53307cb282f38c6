import { practiceListSql } from './practice-list.sql';

const FIELD = '3f1c1a3e-9d55-4a0e-8f43-1b4c0c6f2a10';
const OTHER = '7a2b8c4d-1e2f-4a5b-9c6d-0e1f2a3b4c5d';

describe('practiceListSql', () => {
  it('keeps values out of the text, so one shape is one prepared statement', () => {
    const a = practiceListSql({ fieldId: FIELD, state: 'Hessen', sort: 'most-adopted' }, undefined, 21);
    const b = practiceListSql({ fieldId: OTHER, state: 'Bayern', sort: 'most-adopted' }, undefined, 21);
    expect(a.text).toBe(b.text);
    expect(a.values).toEqual([FIELD, 'Hessen']);
    expect(b.values).toEqual([OTHER, 'Bayern']);
    expect(a.text).not.toContain('Hessen');
  });

  it('writes the status as a literal (partial indexes under the generic plan) and the page size as a number', () => {
    const { text } = practiceListSql({ sort: 'newest' }, undefined, 21);
    expect(text).toContain(`p.status = 'published'`);
    expect(text).toMatch(/LIMIT 21$/);
    expect(text).toContain('ORDER BY p.published_at DESC, p.id DESC');
  });

  it('continues after the cursor in the order of the sort', () => {
    const after = { count: 4, publishedAt: new Date('2026-05-01T10:00:00.000Z'), id: FIELD };
    const helpful = practiceListSql({ sort: 'most-helpful' }, after, 11);
    expect(helpful.text).toContain(
      '(p.helpful_count, p.published_at, p.id) < ($3::int, $1::timestamptz, $2::uuid)',
    );
    expect(helpful.text).toContain('ORDER BY p.helpful_count DESC, p.published_at DESC, p.id DESC');
    expect(helpful.values).toEqual([after.publishedAt, FIELD, 4]);
    const newest = practiceListSql({ sort: 'newest' }, after, 11);
    expect(newest.text).toContain('(p.published_at, p.id) < ($1::timestamptz, $2::uuid)');
    expect(newest.values).toEqual([after.publishedAt, FIELD]);
  });

  it('adds a condition for every filter that is set, and none for the others', () => {
    const all = practiceListSql(
      {
        fieldId: FIELD,
        targetGroupId: OTHER,
        state: 'Hessen',
        organisationId: FIELD,
        adoptedBy: OTHER,
        hasKeyFigures: false,
        bookmarkedBy: FIELD,
        words: 'Sprechstunde',
        sort: 'newest',
      },
      undefined,
      5,
    );
    expect(all.values).toEqual([FIELD, OTHER, 'Hessen', FIELD, OTHER, false, FIELD, 'Sprechstunde']);
    expect(all.text.match(/\$\d+/g)).toHaveLength(8);
    expect(practiceListSql({ sort: 'newest' }, undefined, 5).values).toEqual([]);
  });
});
