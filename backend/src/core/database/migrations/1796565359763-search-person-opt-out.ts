import { MigrationInterface, QueryRunner } from 'typeorm';

/** Persons who opted out of the directory are not found in the search either (same columns as before). */
const view = (optOut: boolean) => `
CREATE OR REPLACE VIEW search_source_person AS
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
WHERE u.active AND u.roles <> '{}'${optOut ? ' AND NOT u.directory_opt_out' : ''};

SELECT search_refresh('person', ARRAY(SELECT id FROM users));
`;

export class SearchPersonOptOut1796565359763 implements MigrationInterface {
  name = 'SearchPersonOptOut1796565359763';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(view(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(view(false));
  }
}
