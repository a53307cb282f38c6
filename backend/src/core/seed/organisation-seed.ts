import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  ORGANISATION_CATEGORIES,
  OrganisationCategory,
  OrganisationKind,
  OrganisationState,
} from '@portal/contracts';
import { toOrganisationKey } from '@portal/util';
import { parseCsv } from '../csv/csv-parse';
import type { NewOrganisation } from '../../modules/organisations/organisations.repository';

const STATES: readonly string[] = [...BUNDESLAENDER, NATIONAL_STATE];
const KINDS: readonly string[] = Object.values(OrganisationKind);

/** Reads the shipped directory excerpt (assets/organisations.csv); a bad row stops the seed. */
export async function readOrganisationSeed(assetsDir: string): Promise<NewOrganisation[]> {
  const records = parseCsv(await readFile(join(assetsDir, 'organisations.csv'), 'utf8'));
  return records.map((record, index) => {
    const line = index + 2;
    const { name, kind, state, category } = record;
    if (!name) throw new Error(`organisations.csv, Zeile ${line}: name fehlt`);
    if (!kind || !KINDS.includes(kind))
      throw new Error(`organisations.csv, Zeile ${line}: kind „${kind}“ unbekannt`);
    if (!state || !STATES.includes(state))
      throw new Error(`organisations.csv, Zeile ${line}: state „${state}“ unbekannt`);
    if (!category || !(ORGANISATION_CATEGORIES as readonly string[]).includes(category)) {
      throw new Error(`organisations.csv, Zeile ${line}: category „${category}“ unbekannt`);
    }
    return {
      key: toOrganisationKey(name),
      name,
      kind: kind as OrganisationKind,
      state: state as OrganisationState,
      category: category as OrganisationCategory,
    };
  });
}
