import type { EntityManager } from 'typeorm';

/** Whose data is collected: the account row's id (everything else hangs off it). */
export interface DataSubject {
  id: string;
}

/**
 * One category of „Meine Daten“: one JSON file in the ZIP. A module that stores data about
 * people adds one such source (a small `<module>.personal-data.ts` next to its entities) and
 * lists it in `personal-data-sources.ts`; the export test checks that every category appears.
 */
export interface PersonalDataSource {
  /** File name inside the ZIP, e.g. `neuigkeiten.json` (lower case, German, unique). */
  file: string;
  /** One line in German for README.txt: what the file contains. */
  description: string;
  /** Reads everything of this category about the person; JSON-serialisable. */
  collect(db: EntityManager, subject: DataSubject): Promise<unknown>;
}

/**
 * Rows as JSON objects straight from PostgreSQL (`to_jsonb`), so new columns appear in the export
 * without anyone remembering to add them. `omit` drops columns that are no personal data but
 * machinery (e.g. search vectors) or secrets (token hashes).
 */
export async function jsonRows(
  db: EntityManager,
  table: string,
  where: string,
  parameters: unknown[],
  options: { omit?: string[]; orderBy?: string } = {},
): Promise<Record<string, unknown>[]> {
  const omit = (options.omit ?? []).map((column) => ` - '${column}'`).join('');
  const rows: { row: Record<string, unknown> }[] = await db.query(
    `SELECT to_jsonb(t)${omit} AS row FROM ${table} t WHERE ${where}${options.orderBy ? ` ORDER BY ${options.orderBy}` : ''}`,
    parameters,
  );
  return rows.map(({ row }) => row);
}
