import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Digitalisierung library in the portal search (issue 6: every content type is searchable).
 * Only published resources; the provider organisation stands for organisation and state; the
 * audience is the resource's own (core/audience semantics, checked at query time).
 */
const UP = `
CREATE VIEW search_source_resource AS
SELECT r.id AS source_id, r.title, r.description AS summary,
  concat_ws(E'\\n', r.provider_name, r.url) AS body,
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

SELECT search_watch('resources', 'resource', 'SELECT r.id FROM {rows} r');
SELECT search_watch('resource_files', 'resource', 'SELECT r.resource_id FROM {rows} r');
SELECT search_watch('taxonomy_assignments', 'resource', $q$SELECT r.target_id FROM {rows} r WHERE r.target_type = 'resource'$q$);

SELECT search_refresh('resource', ARRAY(SELECT id FROM resources));
`;

const DOWN = `
DROP TRIGGER search_resource_ins ON resources;
DROP TRIGGER search_resource_upd ON resources;
DROP TRIGGER search_resource_del ON resources;
DROP TRIGGER search_resource_ins ON resource_files;
DROP TRIGGER search_resource_upd ON resource_files;
DROP TRIGGER search_resource_del ON resource_files;
DROP TRIGGER search_resource_ins ON taxonomy_assignments;
DROP TRIGGER search_resource_upd ON taxonomy_assignments;
DROP TRIGGER search_resource_del ON taxonomy_assignments;
DELETE FROM search_documents WHERE type = 'resource';
DROP VIEW search_source_resource;
`;

export class SearchResources1796565359762 implements MigrationInterface {
  name = 'SearchResources1796565359762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}
