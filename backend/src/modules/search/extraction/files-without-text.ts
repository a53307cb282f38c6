import type { DataSource, EntityManager } from 'typeorm';

/**
 * Of the given files, those whose text extraction found no text (`no-text`: typically a scanned
 * PDF). Editors see a note at such a file: it is searchable by its name only.
 */
export async function filesWithoutText(
  db: DataSource | EntityManager,
  fileIds: readonly string[],
): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows: { file_id: string }[] = await db.query(
    `SELECT file_id FROM search_file_texts WHERE file_id = ANY($1::uuid[]) AND status = 'no-text'`,
    [fileIds],
  );
  return new Set(rows.map((row) => row.file_id));
}
