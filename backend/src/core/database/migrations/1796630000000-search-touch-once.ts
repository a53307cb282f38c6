import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Cheaper index upkeep on updates (issue 6/8). Until now an UPDATE refreshed its documents twice
 * (once for the new rows, once for the old ones — the same ids), and bookkeeping writes that no
 * search view reads re-indexed too: every sign-in (users.last_login_at), every news notification
 * sweep (news.notified_at), every rating and link check of a resource, every „Hilfreich“ and
 * adoption count of a practice, and every `updated_at` bump.
 *
 * `search_touch` now refreshes the union of old and new ids once; its optional third argument
 * names columns that no view reads, and rows whose only change is in those columns are skipped
 * (rows are compared as jsonb without them, joined by `id`). A search test checks that none of
 * these columns appears in a view.
 */
const TOUCH = (ignoring: boolean) => `
CREATE OR REPLACE FUNCTION search_touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids uuid[];
  v_new text := 'search_new_rows';
  v_old text := 'search_old_rows';
BEGIN
  -- TG_ARGV[0]: search type; TG_ARGV[1]: SELECT of source ids over {rows} (the changed rows);
  -- TG_ARGV[2] (UPDATE only, optional): columns no search view reads, as a text[] literal.
  IF TG_OP = 'INSERT' THEN
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[1], '{rows}', v_new) || ') AS t(x)'
      INTO v_ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[1], '{rows}', v_old) || ') AS t(x)'
      INTO v_ids;
  ELSE
    ${
      ignoring
        ? `IF TG_NARGS > 2 THEN
      v_new := format('(SELECT n.* FROM search_new_rows n JOIN search_old_rows o ON o.id = n.id
        WHERE to_jsonb(n) - %1$L::text[] IS DISTINCT FROM to_jsonb(o) - %1$L::text[])', TG_ARGV[2]);
      v_old := format('(SELECT o.* FROM search_old_rows o JOIN search_new_rows n ON n.id = o.id
        WHERE to_jsonb(n) - %1$L::text[] IS DISTINCT FROM to_jsonb(o) - %1$L::text[])', TG_ARGV[2]);
    END IF;`
        : ''
    }
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[1], '{rows}', v_new)
      || ' UNION ALL ' || replace(TG_ARGV[1], '{rows}', v_old) || ') AS t(x)'
      INTO v_ids;
  END IF;
  PERFORM search_refresh(TG_ARGV[0], v_ids);
  RETURN NULL;
END
$fn$;
`;

/** Tables whose own documents ignore bookkeeping columns: [trigger, table, type, columns]. */
const BOOKKEEPING: [string, string, string, string[]][] = [
  ['search_news_upd', 'news', 'news', ['notified_at', 'updated_at']],
  ['search_person_upd', 'users', 'person', ['last_login_at', 'updated_at']],
  [
    'search_resource_upd',
    'resources',
    'resource',
    [
      'rating_sum',
      'rating_count',
      'link_status',
      'link_http_status',
      'link_detail',
      'link_checked_at',
      'updated_at',
    ],
  ],
  ['search_practice_upd', 'practices', 'practice', ['helpful_count', 'adoption_count', 'updated_at']],
];

/** The columns no search view reads, per table (for the test that keeps this list honest). */
export const SEARCH_BOOKKEEPING_COLUMNS: Record<string, string[]> = Object.fromEntries(
  BOOKKEEPING.map(([, table, , columns]) => [table, columns]),
);

const triggers = (ignoring: boolean) =>
  BOOKKEEPING.map(
    ([name, table, type, columns]) => `
DROP TRIGGER ${name} ON ${table};
CREATE TRIGGER ${name} AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS search_old_rows NEW TABLE AS search_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_touch('${type}', 'SELECT r.id FROM {rows} r'${
    ignoring ? `, '{${columns.join(',')}}'` : ''
  });`,
  ).join('\n');

export class SearchTouchOnce1796630000000 implements MigrationInterface {
  name = 'SearchTouchOnce1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TOUCH(true) + triggers(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TOUCH(false) + triggers(false));
  }
}
