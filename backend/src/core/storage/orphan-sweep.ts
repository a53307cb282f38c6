import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { FileStorage, isValidKey } from './file-storage';
import { ownerKey } from './processing/preview-keys';

export const ORPHAN_SWEEP_JOB = 'storage.orphan-sweep';
/**
 * Contents younger than this are never touched: an upload's content is written a moment before
 * its row commits, and a slow commit must not lose its file.
 */
export const ORPHAN_GRACE_MS = 24 * 60 * 60_000;
const BATCH = 500;

/**
 * Removes stored contents that no `stored_files` row references (an instance killed between
 * writing a file and committing its row) and S3 multipart uploads a dead process left open. Runs
 * nightly through the job queue, so once across all instances.
 */
@Injectable()
export class OrphanSweep implements OnModuleInit {
  private readonly logger = new Logger(OrphanSweep.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ORPHAN_SWEEP_JOB, () => this.sweep().then(() => undefined), {
      cron: '20 4 * * *',
      retryLimit: 1,
    });
  }

  /** Removes what was orphaned before `now - ORPHAN_GRACE_MS`; returns the counts. */
  async sweep(now = new Date()): Promise<{ removed: number; aborted: number }> {
    const before = new Date(now.getTime() - ORPHAN_GRACE_MS);
    const aborted = await this.storage.abortUnfinishedUploads(before);
    let removed = 0;
    let batch: string[] = [];
    for await (const key of this.storage.listWrittenBefore(before)) {
      // Only the portal's own keys: anything else in the bucket is not ours to remove.
      if (!isValidKey(key)) continue;
      batch.push(key);
      if (batch.length === BATCH) {
        removed += await this.removeUnreferenced(batch);
        batch = [];
      }
    }
    if (batch.length) removed += await this.removeUnreferenced(batch);
    if (removed || aborted) this.logger.warn({ removed, aborted }, 'Removed orphaned stored contents');
    return { removed, aborted };
  }

  private async removeUnreferenced(keys: string[]): Promise<number> {
    const owners = [...new Set(keys.map(ownerKey))];
    const rows: { storage_key: string }[] = await this.dataSource.query(
      `SELECT storage_key FROM stored_files WHERE storage_key = ANY($1)`,
      [owners],
    );
    const referenced = new Set(rows.map((row) => row.storage_key));
    const orphans = keys.filter((key) => !referenced.has(ownerKey(key)));
    for (const key of orphans) await this.storage.delete(key);
    return orphans.length;
  }
}
