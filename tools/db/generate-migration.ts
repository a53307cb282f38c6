// Writes backend/src/core/database/migrations/<timestamp>-<name>.ts from the schema diff and
// registers it in migrations/index.ts. Called by tools/db-migration.mjs.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../backend/src/core/database/data-source-options';

const MIGRATIONS_DIR = join(__dirname, '../../backend/src/core/database/migrations');

function quote(query: string): string {
  return '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function main(): Promise<void> {
  const name = process.argv[2] as string;
  const dataSource = new DataSource(dataSourceOptions(process.env['DATABASE_URL'] as string));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.warn('Keine Änderungen: Entities und Migrationen stimmen überein.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((q) => `    await queryRunner.query(${quote(q.query)});`)
    .join('\n');
  const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  writeFileSync(
    join(MIGRATIONS_DIR, `${file}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    // New imports go after the existing ones, so the file reads in migration order.
    .replace(
      /\n*export const MIGRATIONS/,
      `\nimport { ${className} } from './${file}';\n\nexport const MIGRATIONS`,
    )
    .replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_match, list: string) => {
      const entries = list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      return `export const MIGRATIONS = [${[...entries, className].join(', ')}];`;
    });
  writeFileSync(indexPath, index);
  console.warn(`Migration ${file}.ts geschrieben. Bitte prüfen und ergänzen (z. B. Trigramm-Indizes).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
