import type { DataSource } from 'typeorm';
import { SEARCH_TYPES, type SearchType } from '@portal/contracts';
import { sourceView } from './sources';

export interface TypeConsistency {
  type: SearchType;
  /** Source rows that should be indexed but are not. */
  missing: number;
  /** Index rows without (indexable) source. */
  orphaned: number;
  /** Index rows whose content or visibility differs from the source. */
  stale: number;
  repaired: boolean;
}

/** Columns compared between the view and the index (everything the search reads). */
const COMPARED = [
  'title',
  'summary',
  'body',
  'attachment_text',
  'file_ids',
  'term_ids',
  'organisation_id',
  'state',
  'date',
  'visible_from',
  'visible_until',
  'audience_states',
  'audience_organisation_ids',
  'audience_roles',
  'link_key',
];

/**
 * Compares `search_documents` with the source views (the truth) per type and optionally repairs
 * the differences through the same `search_refresh` the triggers use. The index never needs a
 * rebuild; this exists to prove it (and to mend a database edited by hand).
 */
export async function checkSearchIndex(dataSource: DataSource, repair: boolean): Promise<TypeConsistency[]> {
  const report: TypeConsistency[] = [];
  for (const type of SEARCH_TYPES) {
    const view = sourceView(type);
    const differs = COMPARED.map((column) => `s.${column} IS DISTINCT FROM d.${column}`).join(' OR ');
    const [row]: { missing: string[]; orphaned: string[]; stale: string[] }[] = await dataSource.query(
      `SELECT
         ARRAY(SELECT s.source_id FROM ${view} s WHERE NOT EXISTS
           (SELECT 1 FROM search_documents d WHERE d.type = $1 AND d.source_id = s.source_id)) AS missing,
         ARRAY(SELECT d.source_id FROM search_documents d WHERE d.type = $1 AND NOT EXISTS
           (SELECT 1 FROM ${view} s WHERE s.source_id = d.source_id)) AS orphaned,
         ARRAY(SELECT d.source_id FROM search_documents d JOIN ${view} s ON s.source_id = d.source_id
                WHERE d.type = $1 AND (${differs})) AS stale`,
      [type],
    );
    const ids = [...(row?.missing ?? []), ...(row?.orphaned ?? []), ...(row?.stale ?? [])];
    if (repair && ids.length > 0)
      await dataSource.query(`SELECT search_refresh($1, $2::uuid[])`, [type, ids]);
    report.push({
      type,
      missing: row?.missing.length ?? 0,
      orphaned: row?.orphaned.length ?? 0,
      stale: row?.stale.length ?? 0,
      repaired: repair && ids.length > 0,
    });
  }
  return report;
}
