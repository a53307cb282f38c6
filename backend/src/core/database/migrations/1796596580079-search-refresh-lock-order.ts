import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEARCH_REFRESH_V1 } from './1796559653212-search-index';

/*
 * Re-indexing must never wait on another transaction while it holds index rows, or two writers
 * deadlock (seen: a campaign update re-indexing all its assets vs. the text-extraction job of
 * one asset's file, which had updated that file's text row and then wanted the asset's document):
 * - documents are upserted in source-id order, so overlapping refreshes lock in one order;
 * - rows of `search_words` and `search_file_texts` that already exist are skipped by a plain read
 *   instead of `ON CONFLICT`, which waits for a concurrent update of the same row;
 * - new words and files are inserted in sorted order (a hash aggregate's order differs per call).
 */
export const SEARCH_REFRESH_V2 = `
CREATE OR REPLACE FUNCTION search_refresh(p_type text, p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
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
    ORDER BY s.source_id
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
    SELECT w FROM (
      SELECT DISTINCT w FROM search_documents d,
        unnest(tsvector_to_array(to_tsvector('simple', left(d.title || ' ' || d.summary, 10000)))) w
       WHERE d.type = p_type AND d.source_id = ANY(p_ids) AND length(w) BETWEEN 4 AND 40 AND w !~ '[0-9_]'
    ) AS new_words(w)
     WHERE NOT EXISTS (SELECT 1 FROM search_words x WHERE x.word = new_words.w)
     ORDER BY w
  ON CONFLICT DO NOTHING;
  INSERT INTO search_file_texts (file_id)
    SELECT f FROM (
      SELECT DISTINCT f FROM search_documents d, unnest(d.file_ids) f
       WHERE d.type = p_type AND d.source_id = ANY(p_ids)
    ) AS files(f)
     WHERE NOT EXISTS (SELECT 1 FROM search_file_texts t WHERE t.file_id = files.f)
     ORDER BY f
  ON CONFLICT DO NOTHING;
END
$fn$;
`;

export class SearchRefreshLockOrder1796596580079 implements MigrationInterface {
  name = 'SearchRefreshLockOrder1796596580079';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SEARCH_REFRESH_V2);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SEARCH_REFRESH_V1.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
  }
}
