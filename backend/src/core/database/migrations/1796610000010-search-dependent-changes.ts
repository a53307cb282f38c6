import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Two gaps in the search index (issue 6):
 * - news, events and resources take Land (and resources the provider's name) from their
 *   organisation, but a changed organisation re-indexed only itself and its people: a Jobcenter
 *   moved to another Land kept its content under the old Land filter;
 * - a resource was searchable only by title, description, provider_name and URL: not by the
 *   provider organisation's name (provider_name is '' then), its kind or its topics.
 *
 * Organisations are written on every profile edit (the row is always updated to move the version)
 * and terms on every reordering, so these parents re-index their dependents only when a column
 * the views read actually changed (`search_watch_columns`), not on every update as `search_watch`
 * does. A changed organisation re-indexes its news and events (indexes news_organisation_idx,
 * events_organisation_idx) and its published resources (resources_provider_org_idx, same
 * predicate); a renamed topic its resources (taxonomy_assignments_term_idx). Inserts have no
 * dependents yet, and deletes reach the dependents through their foreign keys (SET NULL, or
 * RESTRICT for terms, which a merge empties first), whose own watches re-index them.
 *
 * The kind labels are written out (RESOURCE_KIND_LABELS in the contracts, as of this migration):
 * a migration must not change meaning when the contract does later; a test compares them.
 */
const FUNCTIONS = `
CREATE FUNCTION search_touch_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_ids uuid[];
BEGIN
  -- TG_ARGV[0]: search type; TG_ARGV[1]: SELECT of source ids over the rows whose watched columns changed.
  EXECUTE 'SELECT array_agg(DISTINCT x) FROM (' || TG_ARGV[1] || ') AS t(x)' INTO v_ids;
  PERFORM search_refresh(TG_ARGV[0], v_ids);
  RETURN NULL;
END
$fn$;

-- Like search_watch, for UPDATE only and only for rows (keyed by id) where one of p_columns changed.
CREATE FUNCTION search_watch_columns(p_table regclass, p_type text, p_columns text[], p_select text)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  v_changed text := format(
    '(SELECT n.* FROM search_new_rows n JOIN search_old_rows o ON o.id = n.id WHERE (%s) IS DISTINCT FROM (%s))',
    (SELECT string_agg('n.' || quote_ident(c), ', ') FROM unnest(p_columns) c),
    (SELECT string_agg('o.' || quote_ident(c), ', ') FROM unnest(p_columns) c));
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS search_old_rows NEW TABLE AS search_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_touch_changed(%L, %L)',
    'search_' || replace(p_type, '-', '_') || '_changed', p_table, p_type, replace(p_select, '{rows}', v_changed));
END
$fn$;
`;

const RESOURCE_VIEW = (body: string) => `
CREATE OR REPLACE VIEW search_source_resource AS
SELECT r.id AS source_id, r.title, r.description AS summary,
  ${body} AS body,
  coalesce((
    SELECT string_agg(sf.original_name || E':\\n' || coalesce(t.text, ''), E'\\n\\n' ORDER BY x.position)
      FROM resource_files x JOIN stored_files sf ON sf.id = x.file_id
      LEFT JOIN search_file_texts t ON t.file_id = x.file_id AND t.status = 'done'
     WHERE x.resource_id = r.id), '') AS attachment_text,
  ARRAY(SELECT x.file_id FROM resource_files x WHERE x.resource_id = r.id ORDER BY x.position) AS file_ids,
  ARRAY(SELECT ta.term_id FROM taxonomy_assignments ta WHERE ta.target_type = 'resource' AND ta.target_id = r.id ORDER BY ta.term_id) AS term_ids,
  r.provider_organisation_id AS organisation_id, o.state, r.published_at AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  r.audience_states, r.audience_organisation_ids, r.audience_roles, NULL::text AS link_key
FROM resources r LEFT JOIN organisations o ON o.id = r.provider_organisation_id
WHERE r.status = 'published' AND r.published_at IS NOT NULL;
`;

/** Body (weight C, below title A and description B): kind, provider as the card shows it, topics, URL. */
const RESOURCE_BODY = `concat_ws(E'\\n',
    CASE r.kind WHEN 'guide' THEN 'Leitfaden' WHEN 'document' THEN 'Dokument' WHEN 'link' THEN 'Link'
      WHEN 'video' THEN 'Video' WHEN 'tool' THEN 'Werkzeug' WHEN 'webinar-recording' THEN 'Webinar-Aufzeichnung'
      WHEN 'template' THEN 'Vorlage' ELSE r.kind END,
    coalesce(o.name, nullif(r.provider_name, '')),
    (SELECT string_agg(tt.label, ', ' ORDER BY tt.position, tt.label)
       FROM taxonomy_assignments ta JOIN taxonomy_terms tt ON tt.id = ta.term_id
      WHERE ta.target_type = 'resource' AND ta.target_id = r.id),
    r.url)`;

const PREVIOUS_RESOURCE_BODY = `concat_ws(E'\\n', r.provider_name, r.url)`;

const WATCHES = `
SELECT search_watch_columns('organisations', 'news', ARRAY['state'],
  'SELECT x.id FROM news x JOIN {rows} r ON x.organisation_id = r.id');
SELECT search_watch_columns('organisations', 'event', ARRAY['state'],
  'SELECT x.id FROM events x JOIN {rows} r ON x.organisation_id = r.id');
SELECT search_watch_columns('organisations', 'resource', ARRAY['state', 'name'],
  $q$SELECT x.id FROM resources x JOIN {rows} r ON x.provider_organisation_id = r.id WHERE x.status = 'published'$q$);
SELECT search_watch_columns('taxonomy_terms', 'resource', ARRAY['label'],
  $q$SELECT a.target_id FROM taxonomy_assignments a JOIN {rows} r ON a.term_id = r.id WHERE a.target_type = 'resource'$q$);
`;

/** Documents the missing watches left behind (a Land changed before this migration), and every resource. */
const REFRESH = `
SELECT search_refresh('news', ARRAY(
  SELECT d.source_id FROM search_documents d JOIN search_source_news s ON s.source_id = d.source_id
   WHERE d.type = 'news' AND d.state IS DISTINCT FROM s.state));
SELECT search_refresh('event', ARRAY(
  SELECT d.source_id FROM search_documents d JOIN search_source_event s ON s.source_id = d.source_id
   WHERE d.type = 'event' AND d.state IS DISTINCT FROM s.state));
SELECT search_refresh('resource', ARRAY(SELECT id FROM resources));
`;

const DROP = `
DROP TRIGGER search_news_changed ON organisations;
DROP TRIGGER search_event_changed ON organisations;
DROP TRIGGER search_resource_changed ON organisations;
DROP TRIGGER search_resource_changed ON taxonomy_terms;
DROP FUNCTION search_watch_columns(regclass, text, text[], text);
DROP FUNCTION search_touch_changed();
`;

export class SearchDependentChanges1796610000010 implements MigrationInterface {
  name = 'SearchDependentChanges1796610000010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(FUNCTIONS);
    await queryRunner.query(RESOURCE_VIEW(RESOURCE_BODY));
    await queryRunner.query(WATCHES);
    await queryRunner.query(REFRESH);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP);
    await queryRunner.query(RESOURCE_VIEW(PREVIOUS_RESOURCE_BODY));
    await queryRunner.query(`SELECT search_refresh('resource', ARRAY(SELECT id FROM resources))`);
  }
}
