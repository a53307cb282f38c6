import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiPaths } from '@portal/contracts';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Public } from '../authz/public.decorator';
import { Lifecycle } from '../operations/lifecycle.service';
import { FileStorage } from '../storage/file-storage';

export interface HealthDto {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

export interface ReadinessDto {
  status: 'ok' | 'unavailable';
  checks: {
    accepting: boolean;
    database: 'up' | 'down';
    migrations: 'applied' | 'pending' | 'unknown';
    storage: 'writable' | 'failed';
  };
}

/**
 * Probes for load balancers, orchestrators and monitoring. `live`: the process runs (no
 * database; restarting would not help an outage). `ready`: this instance should get traffic –
 * not shutting down, all migrations applied (checked against the database until true once), file
 * staging writable. A database outage after that does not make it unready: the database is shared,
 * so every instance would leave the load balancer at once and clients would get the balancer's
 * HTML error page instead of the app's 503 problem+json with Retry-After. `checks.database`
 * still reports it. `/api/health` (database only) stays for monitoring and existing tools.
 */
@Controller(ApiPaths.health)
export class HealthController {
  /** Applied migrations never become pending again: checked until true once. */
  private migrationsApplied = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: Lifecycle,
    private readonly storage: FileStorage,
  ) {}

  /** 200 with the database up, 503 while it is down. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const database = await this.database();
    if (database === 'down') response.status(503);
    return { status: database === 'up' ? 'ok' : 'unavailable', database };
  }

  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessDto> {
    const accepting = this.lifecycle.accepting;
    const [database, storage] = await Promise.all([this.database(), this.storageWritable()]);
    const migrations = database === 'up' || this.migrationsApplied ? await this.migrations() : 'unknown';
    const ok = accepting && migrations === 'applied' && storage === 'writable';
    if (!ok) response.status(503);
    return { status: ok ? 'ok' : 'unavailable', checks: { accepting, database, migrations, storage } };
  }

  private async database(): Promise<'up' | 'down'> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async migrations(): Promise<'applied' | 'pending' | 'unknown'> {
    if (this.migrationsApplied) return 'applied';
    try {
      this.migrationsApplied = !(await this.dataSource.showMigrations());
      return this.migrationsApplied ? 'applied' : 'pending';
    } catch {
      return 'unknown';
    }
  }

  /** Uploads are received into the staging directory first: it must take a small file. */
  private async storageWritable(): Promise<'writable' | 'failed'> {
    const dir = this.storage.stagingDir();
    const probe = join(dir, `${randomUUID()}.probe`);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(probe, 'ok');
      return 'writable';
    } catch {
      return 'failed';
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
  }
}
