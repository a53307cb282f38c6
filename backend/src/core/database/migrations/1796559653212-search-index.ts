import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The search index is maintained by the database itself, in the writing transaction:
 * - each content type has a view `search_source_<type>` that maps its rows to index documents
 *   (columns: see `search_refresh`); the application's registry (`modules/search/sources/`) only
 *   adds labels, permission and link;
 * - `search_watch(table, type, select)` puts statement-level triggers on a table: after every
 *   insert/update/delete, `select` (with `{rows}` standing for the changed rows) yields the
 *   source ids to re-index, and `search_refresh(type, ids)` upserts or deletes their documents;
 * - visibility is stored as data (window, audience) and checked at query time against the clock.
 * A new type = one migration with a view, its watches and a first `search_refresh`, plus one
 * registry file. Written once; later changes go into new migrations (CREATE OR REPLACE VIEW).
 */
/** As first written; the lock-order migration replaces it and restores it on the way down. */
export const SEARCH_REFRESH_V1 = `
CREATE FUNCTION search_refresh(p_type text, p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  EXECUTE format($sql$
    DELETE FROM search_documents d
     WHERE d.type = $2 AND d.source_id = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM %1$I s WHERE s.source_id = d.source_id)
  $sql$, 'search_source_' || replace(p_type, '-', '_')) USING p_ids, p_type;
  EXECUTE format($sql$
    INSERT INTO search_documents AS d (type, source_id, title, summary, body, attachment_text, file_ids,
      search_vector, title_vector, term_ids, organisation_id, state, date, visible_from, visible_until,
      audience_states, audience_organisation_ids, audience_roles, link_key, indexed_at)
    SELECT $2, s.source_id, s.title, s.summary, s.body, s.attachment_text, s.file_ids,
      setweight(to_tsvector('german', left(s.title, 1000)), 'A')
        || setweight(to_tsvector('german', left(s.summary, 10000)), 'B')
        || setweight(to_tsvector('german', left(s.body, 200000)), 'C')
        || setweight(to_tsvector('german', left(s.attachment_text, 400000)), 'D'),
      to_tsvector('german', left(s.title, 1000)),
      s.term_ids, s.organisation_id, s.state, s.date, s.visible_from, s.visible_until,
      s.audience_states, s.audience_organisation_ids, s.audience_roles, s.link_key, now()
    FROM %1$I s WHERE s.source_id = ANY($1)
    ON CONFLICT (type, source_id) DO UPDATE SET
      title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
      attachment_text = EXCLUDED.attachment_text, file_ids = EXCLUDED.file_ids,
      search_vector = EXCLUDED.search_vector, title_vector = EXCLUDED.title_vector,
      term_ids = EXCLUDED.term_ids, organisation_id = EXCLUDED.organisation_id, state = EXCLUDED.state,
      date = EXCLUDED.date, visible_from = EXCLUDED.visible_from, visible_until = EXCLUDED.visible_until,
      audience_states = EXCLUDED.audience_states,
      audience_organisation_ids = EXCLUDED.audience_organisation_ids,
      audience_roles = EXCLUDED.audience_roles, link_key = EXCLUDED.link_key, indexed_at = now()
  $sql$, 'search_source_' || replace(p_type, '-', '_')) USING p_ids, p_type;
  -- Words for „Meinten Sie …?“ and files whose text the job search.extract still has to read.
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM search_documents d,
      unnest(tsvector_to_array(to_tsvector('simple', left(d.title || ' ' || d.summary, 10000)))) w
     WHERE d.type = p_type AND d.source_id = ANY(p_ids) AND length(w) BETWEEN 4 AND 40 AND w !~ '[0-9_]'
  ON CONFLICT DO NOTHING;
  INSERT INTO search_file_texts (file_id)
    SELECT DISTINCT f FROM search_documents d, unnest(d.file_ids) f
     WHERE d.type = p_type AND d.source_id = ANY(p_ids)
  ON CONFLICT DO NOTHING;
END
$fn$;
`;

const FUNCTIONS = `
${SEARCH_REFRESH_V1}
CREATE FUNCTION search_touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids uuid[];
BEGIN
  -- TG_ARGV[0]: search type; TG_ARGV[1]: SELECT of source ids over {rows} (the changed rows).
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[1], '{rows}', 'search_new_rows') || ') AS t(x)'
      INTO v_ids;
    PERFORM search_refresh(TG_ARGV[0], v_ids);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || replace(TG_ARGV[1], '{rows}', 'search_old_rows') || ') AS t(x)'
      INTO v_ids;
    PERFORM search_refresh(TG_ARGV[0], v_ids);
  END IF;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION search_watch(p_table regclass, p_type text, p_select text) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  v_name text := 'search_' || replace(p_type, '-', '_');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS search_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_touch(%L, %L)', v_name || '_ins', p_table, p_type, p_select);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS search_old_rows NEW TABLE AS search_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_touch(%L, %L)', v_name || '_upd', p_table, p_type, p_select);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS search_old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_touch(%L, %L)', v_name || '_del', p_table, p_type, p_select);
END
$fn$;

-- Extracted file text changed: re-index every document that carries the file.
CREATE FUNCTION search_touch_file_texts() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT d.type, array_agg(d.source_id) AS ids FROM search_documents d
     WHERE d.file_ids && ARRAY(SELECT n.file_id FROM search_new_rows n
                                 JOIN search_old_rows o USING (file_id)
                                WHERE (n.status, n.text) IS DISTINCT FROM (o.status, o.text))
     GROUP BY d.type
  LOOP
    PERFORM search_refresh(r.type, r.ids);
  END LOOP;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER search_file_texts_upd AFTER UPDATE ON search_file_texts
  REFERENCING OLD TABLE AS search_old_rows NEW TABLE AS search_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_touch_file_texts();

CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector);
CREATE INDEX search_documents_title_vector_idx ON search_documents USING gin (title_vector);
CREATE INDEX search_documents_terms_idx ON search_documents USING gin (term_ids);
CREATE INDEX search_documents_files_idx ON search_documents USING gin (file_ids);
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);
`;

/** Text of a file's attachments: „Dateiname: Text“ per file (the name is searchable even without text). */
const attachments = (from: string, where: string) => `coalesce((
    SELECT string_agg(sf.original_name || E':\n' || coalesce(t.text, ''), E'\n\n' ORDER BY x.position)
      FROM ${from} x JOIN stored_files sf ON sf.id = x.file_id
      LEFT JOIN search_file_texts t ON t.file_id = x.file_id AND t.status = 'done'
     WHERE ${where}), '')`;

const SOURCES = `
CREATE VIEW search_source_news AS
SELECT n.id AS source_id, n.title, n.teaser AS summary, n.body,
  ${attachments('news_files', "x.news_id = n.id AND x.role = 'attachment'")} AS attachment_text,
  ARRAY(SELECT x.file_id FROM news_files x WHERE x.news_id = n.id AND x.role = 'attachment' ORDER BY x.position) AS file_ids,
  ARRAY(SELECT ta.term_id FROM taxonomy_assignments ta WHERE ta.target_type = 'news' AND ta.target_id = n.id ORDER BY ta.term_id) AS term_ids,
  n.organisation_id, o.state, n.published_at AS date,
  n.published_at AS visible_from, NULL::timestamptz AS visible_until,
  n.audience_states, n.audience_organisation_ids, n.audience_roles, NULL::text AS link_key
FROM news n LEFT JOIN organisations o ON o.id = n.organisation_id
WHERE n.status IN ('published', 'archived') AND n.published_at IS NOT NULL;

CREATE VIEW search_source_event AS
SELECT e.id AS source_id, e.title, coalesce(e.place, '') AS summary, e.description AS body,
  ''::text AS attachment_text, '{}'::uuid[] AS file_ids,
  ARRAY(SELECT ta.term_id FROM taxonomy_assignments ta WHERE ta.target_type = 'event' AND ta.target_id = e.id ORDER BY ta.term_id) AS term_ids,
  e.organisation_id, o.state, e.starts_at AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  e.audience_states, e.audience_organisation_ids, e.audience_roles, NULL::text AS link_key
FROM events e LEFT JOIN organisations o ON o.id = e.organisation_id;

CREATE VIEW search_source_practice AS
SELECT p.id AS source_id, p.title, p.summary,
  concat_ws(E'\n\n', p.situation, p.approach, p.results, p.transferability, p.partners, p.contact_name) AS body,
  ${attachments('practice_files', "x.practice_id = p.id AND x.role = 'attachment'")} AS attachment_text,
  ARRAY(SELECT x.file_id FROM practice_files x WHERE x.practice_id = p.id AND x.role = 'attachment' ORDER BY x.position) AS file_ids,
  ARRAY(SELECT ta.term_id FROM taxonomy_assignments ta WHERE ta.target_type = 'practice' AND ta.target_id = p.id ORDER BY ta.term_id) AS term_ids,
  p.organisation_id, p.state, coalesce(p.published_at, p.created_at) AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  '{}'::text[] AS audience_states, '{}'::uuid[] AS audience_organisation_ids, '{}'::text[] AS audience_roles,
  NULL::text AS link_key
FROM practices p
WHERE p.status IN ('published', 'archived');

CREATE VIEW search_source_campaign_asset AS
SELECT a.id AS source_id, a.title, a.description AS summary,
  concat_ws(E'\n', c.name, array_to_string(a.tags, ' '), a.alt_text) AS body,
  ${attachments('campaign_asset_files', 'x.version_id = a.current_version_id')} AS attachment_text,
  ARRAY(SELECT x.file_id FROM campaign_asset_files x WHERE x.version_id = a.current_version_id ORDER BY x.position) AS file_ids,
  '{}'::uuid[] AS term_ids, NULL::uuid AS organisation_id, NULL::text AS state,
  coalesce(a.available_from, a.created_at) AS date,
  a.available_from AS visible_from, a.expires_at AS visible_until,
  '{}'::text[] AS audience_states, '{}'::uuid[] AS audience_organisation_ids, a.roles AS audience_roles,
  NULL::text AS link_key
FROM campaign_assets a JOIN campaigns c ON c.id = a.campaign_id
WHERE a.current_version_id IS NOT NULL AND c.status <> 'preparation';

CREATE VIEW search_source_organisation AS
SELECT o.id AS source_id, o.name AS title,
  concat_ws(', ', o.category, o.city, o.state) AS summary,
  concat_ws(E'\n', o.street, concat_ws(' ', o.postal_code, o.city), o.website, o.email, o.phone) AS body,
  ''::text AS attachment_text, '{}'::uuid[] AS file_ids, '{}'::uuid[] AS term_ids,
  o.id AS organisation_id, o.state, o.created_at AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  '{}'::text[] AS audience_states, '{}'::uuid[] AS audience_organisation_ids, '{}'::text[] AS audience_roles,
  o.id::text AS link_key
FROM organisations o;

-- Persons: only what the directory shows (name, organisation, role). Hook for the directory
-- opt-out: a later migration replaces this view with "AND NOT u.<opt-out column>" added.
CREATE VIEW search_source_person AS
SELECT u.id AS source_id, u.display_name AS title,
  concat_ws(', ', o.name, (SELECT string_agg(CASE r WHEN 'staff' THEN 'Mitarbeitende' WHEN 'editor' THEN 'Redaktion'
      WHEN 'manager' THEN 'Jobcenter-Leitung' WHEN 'coordinator' THEN 'Koordination'
      WHEN 'admin' THEN 'Administration' ELSE r END, ', ') FROM unnest(u.roles) r)) AS summary,
  ''::text AS body, ''::text AS attachment_text, '{}'::uuid[] AS file_ids, '{}'::uuid[] AS term_ids,
  u.organisation_id, o.state, u.created_at AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  '{}'::text[] AS audience_states, '{}'::uuid[] AS audience_organisation_ids, '{}'::text[] AS audience_roles,
  u.organisation_id::text AS link_key
FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
WHERE u.active AND u.roles <> '{}';

SELECT search_watch('news', 'news', 'SELECT r.id FROM {rows} r');
SELECT search_watch('news_files', 'news', 'SELECT r.news_id FROM {rows} r');
SELECT search_watch('events', 'event', 'SELECT r.id FROM {rows} r');
SELECT search_watch('practices', 'practice', 'SELECT r.id FROM {rows} r');
SELECT search_watch('practice_files', 'practice', 'SELECT r.practice_id FROM {rows} r');
SELECT search_watch('campaign_assets', 'campaign-asset', 'SELECT r.id FROM {rows} r');
SELECT search_watch('campaign_asset_files', 'campaign-asset', 'SELECT r.asset_id FROM {rows} r');
SELECT search_watch('campaigns', 'campaign-asset', 'SELECT a.id FROM campaign_assets a JOIN {rows} r ON a.campaign_id = r.id');
SELECT search_watch('organisations', 'organisation', 'SELECT r.id FROM {rows} r');
SELECT search_watch('users', 'person', 'SELECT r.id FROM {rows} r');
SELECT search_watch('organisations', 'person', 'SELECT u.id FROM users u JOIN {rows} r ON u.organisation_id = r.id');
SELECT search_watch('taxonomy_assignments', 'practice', $q$SELECT r.target_id FROM {rows} r WHERE r.target_type = 'practice'$q$);
SELECT search_watch('taxonomy_assignments', 'news', $q$SELECT r.target_id FROM {rows} r WHERE r.target_type = 'news'$q$);
SELECT search_watch('taxonomy_assignments', 'event', $q$SELECT r.target_id FROM {rows} r WHERE r.target_type = 'event'$q$);

SELECT search_refresh('news', ARRAY(SELECT id FROM news));
SELECT search_refresh('event', ARRAY(SELECT id FROM events));
SELECT search_refresh('practice', ARRAY(SELECT id FROM practices));
SELECT search_refresh('campaign-asset', ARRAY(SELECT id FROM campaign_assets));
SELECT search_refresh('organisation', ARRAY(SELECT id FROM organisations));
SELECT search_refresh('person', ARRAY(SELECT id FROM users));
`;

const DROP = `
DROP FUNCTION search_touch() CASCADE;
DROP FUNCTION search_touch_file_texts() CASCADE;
DROP FUNCTION search_watch(regclass, text, text);
DROP FUNCTION search_refresh(text, uuid[]);
DROP VIEW search_source_news, search_source_event, search_source_practice, search_source_campaign_asset,
  search_source_organisation, search_source_person;
`;

export class SearchIndex1796559653212 implements MigrationInterface {
  name = 'SearchIndex1796559653212';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_documents" ("type" text NOT NULL, "source_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "attachment_text" text NOT NULL, "file_ids" uuid array NOT NULL, "search_vector" tsvector NOT NULL, "title_vector" tsvector NOT NULL, "term_ids" uuid array NOT NULL, "organisation_id" uuid, "state" text, "date" TIMESTAMP WITH TIME ZONE NOT NULL, "visible_from" TIMESTAMP WITH TIME ZONE, "visible_until" TIMESTAMP WITH TIME ZONE, "audience_states" text array NOT NULL, "audience_organisation_ids" uuid array NOT NULL, "audience_roles" text array NOT NULL, "link_key" text, "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_507db904be9b501f655cdb76144" PRIMARY KEY ("type", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_documents_date_idx" ON "search_documents"  ("date", "source_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "search_words" ("word" text NOT NULL, CONSTRAINT "PK_d9d27dac96e8272918599c9f537" PRIMARY KEY ("word"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_file_texts" ("file_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "text" text NOT NULL DEFAULT '', "vector" tsvector, "detail" text, "extracted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7547162aa7f156a18e970f32c09" PRIMARY KEY ("file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_file_texts_pending_idx" ON "search_file_texts"  ("file_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_query_stats" ("day" date NOT NULL, "query" text NOT NULL, "searches" integer NOT NULL DEFAULT '0', "without_results" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_00573ee46bb2d134436e8428dbb" PRIMARY KEY ("day", "query"))`,
    );
    await queryRunner.query(`CREATE INDEX "search_query_stats_day_idx" ON "search_query_stats"  ("day") `);
    await queryRunner.query(
      `ALTER TABLE "search_file_texts" ADD CONSTRAINT "FK_7547162aa7f156a18e970f32c09" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(FUNCTIONS);
    await queryRunner.query(SOURCES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP);
    await queryRunner.query(
      `ALTER TABLE "search_file_texts" DROP CONSTRAINT "FK_7547162aa7f156a18e970f32c09"`,
    );
    await queryRunner.query(`DROP INDEX "public"."search_query_stats_day_idx"`);
    await queryRunner.query(`DROP TABLE "search_query_stats"`);
    await queryRunner.query(`DROP INDEX "public"."search_file_texts_pending_idx"`);
    await queryRunner.query(`DROP TABLE "search_file_texts"`);
    await queryRunner.query(`DROP TABLE "search_words"`);
    await queryRunner.query(`DROP INDEX "public"."search_documents_date_idx"`);
    await queryRunner.query(`DROP TABLE "search_documents"`);
  }
}
