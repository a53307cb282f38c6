import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Resource collections („Einstieg E-Akte“) in the portal search, as a type of their own
 * (`resource-collection`, „Sammlung“). Title and intro only: the titles of the listed resources
 * stay out, because each has its own audience and a collection is seen by everyone who may read
 * the library (the list page filters its items per viewer, the index cannot). Dated by creation.
 */
const UP = `
CREATE VIEW search_source_resource_collection AS
SELECT c.id AS source_id, c.title, c.intro AS summary, ''::text AS body,
  ''::text AS attachment_text, '{}'::uuid[] AS file_ids, '{}'::uuid[] AS term_ids,
  NULL::uuid AS organisation_id, NULL::text AS state, c.created_at AS date,
  NULL::timestamptz AS visible_from, NULL::timestamptz AS visible_until,
  '{}'::text[] AS audience_states, '{}'::uuid[] AS audience_organisation_ids, '{}'::text[] AS audience_roles,
  NULL::text AS link_key
FROM resource_collections c;

SELECT search_watch('resource_collections', 'resource-collection', 'SELECT r.id FROM {rows} r');

SELECT search_refresh('resource-collection', ARRAY(SELECT id FROM resource_collections));
`;

const DOWN = `
DROP TRIGGER search_resource_collection_ins ON resource_collections;
DROP TRIGGER search_resource_collection_upd ON resource_collections;
DROP TRIGGER search_resource_collection_del ON resource_collections;
DELETE FROM search_documents WHERE type = 'resource-collection';
DROP VIEW search_source_resource_collection;
`;

export class SearchResourceCollections1796620000041 implements MigrationInterface {
  name = 'SearchResourceCollections1796620000041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}
