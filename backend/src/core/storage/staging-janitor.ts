import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FileStorage } from './file-storage';
import { WORK_ROOT } from './work-dir';

const SWEEP_INTERVAL_MS = 10 * 60_000;

/**
 * Removes staged upload files and scratch directories of file processing a dead process left
 * behind (an instance killed mid-upload or mid-preview never runs its cleanup). They count as
 * orphaned once nothing has written to them for STAGING_ORPHAN_SECONDS – a running upload or job
 * keeps writing, so instances sharing a directory do not remove each other's work. Runs at start
 * and then periodically, per instance (both directories are local to the instance with S3 storage).
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
    await this.sweepAll();
    this.timer = setInterval(() => void this.sweepAll(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweepAll(): Promise<void> {
    await this.sweep();
    await this.sweepWorkDirs();
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

  /** Removes scratch directories whose newest entry is older than the orphan age; returns how many. */
  async sweepWorkDirs(root = WORK_ROOT, now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(root);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(root, name);
      try {
        if (now - (await newestChange(path)) < this.config.operations.stagingOrphanMs) continue;
        await rm(path, { recursive: true, force: true });
        removed++;
      } catch {
        // Removed meanwhile by its own job: nothing to do.
      }
    }
    if (removed) this.logger.warn({ removed, root }, 'Removed orphaned processing directories');
    return removed;
  }
}

/** The latest modification time of a directory and its direct entries. */
async function newestChange(dir: string): Promise<number> {
  let newest = (await stat(dir)).mtimeMs;
  for (const name of await readdir(dir)) newest = Math.max(newest, (await stat(join(dir, name))).mtimeMs);
  return newest;
}
