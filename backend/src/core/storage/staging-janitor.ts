import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FileStorage } from './file-storage';

const SWEEP_INTERVAL_MS = 10 * 60_000;

/**
 * Removes staged upload files a dead process left behind (an instance killed mid-upload never
 * runs its cleanup). A file counts as orphaned once nothing has written to it for
 * STAGING_ORPHAN_SECONDS – a running upload keeps touching its file, so instances sharing one
 * staging directory do not remove each other's uploads. Runs at start and then periodically, per
 * instance (the staging directory is local to the instance with S3 storage).
 */
@Injectable()
export class StagingJanitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StagingJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Removes orphaned staging files; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    const dir = this.storage.stagingDir();
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || now - info.mtimeMs < this.config.operations.stagingOrphanMs) continue;
        await rm(path, { force: true });
        removed++;
      } catch {
        // Gone meanwhile (finished upload): nothing to do.
      }
    }
    if (removed) this.logger.warn({ removed, dir }, 'Removed orphaned staging files');
    return removed;
  }
}
