import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  ORGANISATION_CATEGORIES,
  ORGANISATION_LIMITS,
  OrganisationCategory,
  OrganisationImportResultDto,
  OrganisationImportRowDto,
  OrganisationKind,
  OrganisationState,
} from '@portal/contracts';
import { toOrganisationKey } from '@portal/util';
import { detectCsvSeparator, parseCsvRows } from '../../core/csv/csv-parse';
import type { NewOrganisation } from './organisations.repository';

export const IMPORT_COLUMNS = ['name', 'kind', 'state', 'category'] as const;
const STATES: readonly string[] = [...BUNDESLAENDER, NATIONAL_STATE];
const KINDS: readonly string[] = Object.values(OrganisationKind);
const CATEGORIES: readonly string[] = ORGANISATION_CATEGORIES;
const OTHER_MAX = 100;
/** What a spreadsheet would run as a formula (the CSV writer neutralises these on export). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What the directory holds already, by key. */
export interface ExistingOrganisation {
  key: string;
  name: string;
  kind: string;
  state: string;
  category: string;
  mergedIntoId: string | null;
}

export interface ImportPlan {
  report: Omit<OrganisationImportResultDto, 'dryRun' | 'committed'>;
  toCreate: NewOrganisation[];
}

/**
 * Checks an uploaded directory file row by row, without writing: UTF-8 (BOM optional), `;` or `,`,
 * the columns name, kind, state, category (others are ignored). Values are kept as text exactly;
 * formula-like text is reported as a warning and neutralised by every CSV export.
 */
export function planOrganisationImport(
  bytes: Buffer,
  existing: ReadonlyMap<string, ExistingOrganisation>,
): ImportPlan {
  const empty = (fileErrors: string[]): ImportPlan => ({
    report: { fileErrors, rows: [], created: 0, unchanged: 0, errorRows: 0 },
    toCreate: [],
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return empty(['Die Datei ist nicht UTF-8-kodiert. Bitte speichern Sie sie als „CSV UTF-8“.']);
  }
  const [header, ...records] = parseCsvRows(text, detectCsvSeparator(text));
  if (!header) return empty(['Die Datei ist leer.']);
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = IMPORT_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return empty(
      missing.map((column) => `Die Spalte „${column}“ fehlt (erwartet: ${IMPORT_COLUMNS.join(', ')}).`),
    );
  }
  if (records.length === 0) return empty(['Die Datei enthält keine Zeilen.']);
  if (records.length > ORGANISATION_LIMITS.importRows) {
    return empty([`Höchstens ${ORGANISATION_LIMITS.importRows} Zeilen je Datei.`]);
  }

  const index = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, columns.indexOf(column)]));
  const firstLineOfKey = new Map<string, number>();
  const rows: OrganisationImportRowDto[] = [];
  const toCreate: NewOrganisation[] = [];
  for (const record of records) {
    const value = (column: (typeof IMPORT_COLUMNS)[number]) =>
      (record.cells[index[column] ?? -1] ?? '').trim();
    const row: OrganisationImportRowDto = {
      line: record.line,
      name: value('name'),
      kind: value('kind'),
      state: value('state'),
      category: value('category'),
      action: 'create',
      errors: [],
      warnings: [],
    };
    const errors = row.errors;
    if (record.cells.length > columns.length) errors.push('Mehr Werte als Spalten (Trennzeichen prüfen).');
    if (!row.name) errors.push('Der Name fehlt.');
    else if (row.name.length > ORGANISATION_LIMITS.name)
      errors.push(`Der Name ist länger als ${ORGANISATION_LIMITS.name} Zeichen.`);
    for (const column of ['kind', 'state', 'category'] as const) {
      if (row[column].length > OTHER_MAX) errors.push(`„${column}“ ist länger als ${OTHER_MAX} Zeichen.`);
    }
    if (!KINDS.includes(row.kind))
      errors.push(`Unbekannte Art „${clip(row.kind)}“ (erlaubt: ${KINDS.join(', ')}).`);
    if (!STATES.includes(row.state)) errors.push(`Unbekanntes Bundesland „${clip(row.state)}“.`);
    if (!CATEGORIES.includes(row.category))
      errors.push(`Unbekannte Kategorie „${clip(row.category)}“ (erlaubt: ${CATEGORIES.join(', ')}).`);
    for (const column of IMPORT_COLUMNS) {
      if (FORMULA_START.test(row[column])) {
        row.warnings.push(
          `„${column}“ beginnt mit ${JSON.stringify(row[column][0])}: wird als Text gespeichert und beim Export entschärft.`,
        );
      }
    }

    const key = row.name ? toOrganisationKey(row.name) : '';
    if (row.name && !key) errors.push('Der Name enthält keine Buchstaben oder Ziffern.');
    if (key) {
      const earlier = firstLineOfKey.get(key);
      if (earlier !== undefined) errors.push(`Doppelt in der Datei (wie Zeile ${earlier}).`);
      else firstLineOfKey.set(key, record.line);
      const known = existing.get(key);
      if (known && earlier === undefined && errors.length === 0) {
        if (known.mergedIntoId) {
          errors.push(`„${known.name}“ wurde bereits mit einer anderen Organisation zusammengeführt.`);
        } else if (known.kind === row.kind && known.state === row.state && known.category === row.category) {
          row.action = 'unchanged';
        } else {
          errors.push(
            `Gibt es bereits im Verzeichnis mit anderen Angaben (${known.kind}, ${known.state}, ${known.category}).`,
          );
        }
      }
    }
    if (errors.length > 0) row.action = 'error';
    else if (row.action === 'create') {
      toCreate.push({
        key,
        name: row.name,
        kind: row.kind as OrganisationKind,
        state: row.state as OrganisationState,
        category: row.category as OrganisationCategory,
      });
    }
    rows.push(row);
  }
  const count = (action: OrganisationImportRowDto['action']) =>
    rows.filter((row) => row.action === action).length;
  return {
    report: {
      fileErrors: [],
      rows,
      created: count('create'),
      unchanged: count('unchanged'),
      errorRows: count('error'),
    },
    toCreate,
  };
}

/** Long junk is shortened in messages. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
