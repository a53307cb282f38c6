import 'reflect-metadata';
import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './core/database/data-source-options';
import { runMigrations } from './core/database/run-migrations';
import { runPrimary } from './core/operations/cluster';
import { SeedService } from './core/seed/seed.service';

/** With WEB_CONCURRENCY > 1 this process only forks and watches the backend processes. */
async function start(): Promise<void> {
  const config = loadConfig();
  if (config.operations.processes > 1 && cluster.isPrimary) {
    runPrimary({
      workers: config.operations.processes,
      shutdownDelayMs: config.operations.shutdownDelayMs,
      shutdownTimeoutMs: config.operations.shutdownTimeoutMs,
    });
    return;
  }
  await bootstrap(config);
}

async function bootstrap(config: AppConfig): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  configureApp(app, config);
  // With MIGRATE_ON_START=false a one-off `node main.js migrate` (e.g. a Kubernetes Job) migrates;
  // replicas then only report ready once the migrations are applied.
  if (config.operations.migrateOnStart) await runMigrations(app.get(DataSource).options);
  if (config.seedDemoData) await app.get(SeedService).seedDemoData();
  await app.listen(config.port);
  console.warn(`Portal läuft auf ${config.publicUrl.origin} (Port ${config.port})`);
}

/** `node main.js migrate`: applies pending migrations and exits (no HTTP server, no jobs). */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const applied = await runMigrations(dataSourceOptions(config.databaseUrl, 1));
  console.warn(
    applied.length ? `Migrationen angewandt: ${applied.join(', ')}` : 'Keine Migration ausstehend.',
  );
}

(process.argv[2] === 'migrate' ? migrate() : start()).catch((error: unknown) => {
  // A configuration error names the variable; anything else is printed in full.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
