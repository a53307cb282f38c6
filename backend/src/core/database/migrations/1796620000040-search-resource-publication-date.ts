import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A resource's search document was dated by `published_at` (when it was added to the portal),
 * while its card shows `published_on` (when its provider published it): the result date, the
 * sort by date and the Zeitraum filter disagreed with what people read. The document date is
 * now the publication date (a calendar date, as midnight in Berlin, like the period filter's
 * days), falling back to when the resource was created. Otherwise the view is unchanged
 * (migration SearchDependentChanges), written out so that this migration keeps its meaning.
 */
const VIEW = (date: string) => `
CREATE OR REPLACE VIEW search_source_resource AS
SELECT r.id AS source_id, r.title, r.description AS summary,
  concat_ws(E'\\n',
    CASE r.kind WHEN 'guide' THEN 'Leitfaden' WHEN 'document' THEN 'Dokument' WHEN 'link' THEN 'Link'
      WHEN 'video' THEN 'Video' WHEN 'tool' THEN 'Werkzeug' WHEN 'webinar-recording' THEN 'Webinar-Aufzeichnung'
      WHEN 'template' THEN 'Vorlage' ELSE r.kind END,
    coalesce(o.name, nullif(r.provider_name, '')),
    (SELECT string_agg(tt.label, ', ' ORDER BY tt.position, tt.label)
       FROM taxonomy_assignments ta JOIN taxonomy_terms tt ON tt.id = ta.term_id
      WHERE ta.target_type = 'resource' AND ta.target_id = r.id),
    r.url) AS body,
  coalesce((
    SELECT string_agg(sf.original_name || E':\\n' || coalesce(t.text, ''), E'\\n\\n' ORDER BY x.position)
      FROM resource_files x JOIN stored_files sf ON sf.id = x.file_id
      LEFT JOIN search_file_texts t ON t.file_id = x.file_id AND t.status = 'done'
     WHERE x.resource_id = r.id), '') AS attachment_text,
  ARRAY(SELECT x.file_id FROM resource_files x WHERE x.resource_id = r.id ORDER BY x.position) AS file_ids,
  ARRAY(SELECT ta.term_id FROM taxonomy_assignments ta WHERE ta.target_type = 'resource' AND ta.target_id = r.id ORDER BY ta.term_id) AS term_ids,
  r.provider_organisation_id AS organisation_id, o.state, ${date} AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  r.audience_states, r.audience_organisation_ids, r.audience_roles, NULL::text AS link_key
FROM resources r LEFT JOIN organisations o ON o.id = r.provider_organisation_id
WHERE r.status = 'published' AND r.published_at IS NOT NULL;

SELECT search_refresh('resource', ARRAY(SELECT id FROM resources WHERE status = 'published'));
`;

export class SearchResourcePublicationDate1796620000040 implements MigrationInterface {
  name = 'SearchResourcePublicationDate1796620000040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      VIEW(`coalesce(r.published_on::timestamp AT TIME ZONE 'Europe/Berlin', r.created_at)`),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(VIEW('r.published_at'));
  }
}
