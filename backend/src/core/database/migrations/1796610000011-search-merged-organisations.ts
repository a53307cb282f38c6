import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A merged organisation stays as a redirect (`merged_into_id`) and leaves every list, but the
 * search still found it under its old name next to the organisation it went into. The view now
 * leaves it out; the merge's UPDATE of the row fires the existing organisation watch, which drops
 * the document. The migration drops the documents of organisations merged before it.
 */
const VIEW = (where: string) => `
CREATE OR REPLACE VIEW search_source_organisation AS
SELECT o.id AS source_id, o.name AS title,
  concat_ws(', ', o.category, o.city, o.state) AS summary,
  concat_ws(E'\\n', o.street, concat_ws(' ', o.postal_code, o.city), o.website, o.email, o.phone) AS body,
  ''::text AS attachment_text, '{}'::uuid[] AS file_ids, '{}'::uuid[] AS term_ids,
  o.id AS organisation_id, o.state, o.created_at AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  '{}'::text[] AS audience_states, '{}'::uuid[] AS audience_organisation_ids, '{}'::text[] AS audience_roles,
  o.id::text AS link_key
FROM organisations o${where};

SELECT search_refresh('organisation', ARRAY(SELECT id FROM organisations WHERE merged_into_id IS NOT NULL));
`;

export class SearchMergedOrganisations1796610000011 implements MigrationInterface {
  name = 'SearchMergedOrganisations1796610000011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(VIEW('\nWHERE o.merged_into_id IS NULL'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(VIEW(''));
  }
}
