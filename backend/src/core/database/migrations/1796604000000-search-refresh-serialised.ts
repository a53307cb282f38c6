import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEARCH_REFRESH_V2 } from './1796596580079-search-refresh-lock-order';

/*
 * Two transactions re-indexing the same item must not interleave. Under READ COMMITTED each
 * statement of `search_refresh` reads the sources with its own snapshot: the text-extraction job
 * re-indexed a campaign asset from a snapshot taken before a concurrent campaign update committed,
 * waited on the document row that update had just deleted, and then wrote the asset back — a
 * document for an asset no one may see any more (seen in CI).
 *
 * Each refresh therefore first takes a transaction lock per item (hashed into 256 buckets per type,
 * so a bulk refresh holds at most 256 locks per type; taken in sorted order, so refreshes do not
 * deadlock each other). A refresh that had to wait reads the sources only after the other
 * transaction committed. It mirrors the document row locks the upsert takes anyway, so no new
 * waits arise except between items sharing a bucket.
 */
const START = `IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;`;
const SERIALISE = `
  PERFORM pg_advisory_xact_lock(hashtext('search_refresh:' || p_type), b.bucket)
     FROM (SELECT DISTINCT hashtext(id::text) & 255 AS bucket FROM unnest(p_ids) AS id ORDER BY 1) AS b;`;

function withSerialisation(definition: string): string {
  if (!definition.includes(START)) throw new Error('search_refresh changed: adapt this migration');
  return definition.replace(START, START + SERIALISE);
}

export class SearchRefreshSerialised1796604000000 implements MigrationInterface {
  name = 'SearchRefreshSerialised1796604000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(withSerialisation(SEARCH_REFRESH_V2));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SEARCH_REFRESH_V2);
  }
}
