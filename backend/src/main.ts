import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig } from './config/app-config';
import { runMigrations } from './core/database/run-migrations';
import { SeedService } from './core/seed/seed.service';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  configureApp(app, config);
  await runMigrations(app.get(DataSource));
  if (config.seedDemoData) await app.get(SeedService).seedDemoData();
  await app.listen(config.port);
  console.warn(`Portal läuft auf ${config.publicUrl.origin} (Port ${config.port})`);
}

bootstrap().catch((error: unknown) => {
  // A configuration error names the variable; anything else is printed in full.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
