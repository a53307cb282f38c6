// `npm run search:check [-- --repair]`: compares the search index with its sources (the views
// search_source_<type>) and reports missing, orphaned and stale documents per type; with
// --repair it re-indexes exactly those. Needs DATABASE_URL (the portal's database).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../backend/src/core/database/data-source-options';
import { checkSearchIndex } from '../../backend/src/modules/search/search-consistency';

async function main(): Promise<number> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('DATABASE_URL fehlt (Adresse der Portal-Datenbank).');
    return 2;
  }
  const repair = process.argv.includes('--repair');
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const report = await checkSearchIndex(dataSource, repair);
    let differences = 0;
    for (const row of report) {
      differences += row.missing + row.orphaned + row.stale;
      console.log(
        `${row.type.padEnd(16)} fehlend ${row.missing}  verwaist ${row.orphaned}  veraltet ${row.stale}` +
          (row.repaired ? '  → repariert' : ''),
      );
    }
    console.log(
      differences === 0
        ? 'Suchindex ist konsistent.'
        : `${differences} Abweichung(en)${repair ? ' repariert' : ''}.`,
    );
    return differences === 0 || repair ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
