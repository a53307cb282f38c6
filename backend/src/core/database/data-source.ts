import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI (migration:generate) through tools/db-migration.mjs. */
export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/portal'),
);
