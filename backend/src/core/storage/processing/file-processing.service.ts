import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FileScanStatus, isFileAvailable } from '@portal/contracts';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { type JobContext, JobQueue } from '../../jobs/job-queue';
import { FileStorage, StoredFileMissing } from '../file-storage';
import { StoredFileEntity } from '../stored-file.entity';
import { type ClamdVerdict, clamdInstream } from './clamd-client';
import { FileScanEvents } from './file-scan-events';
import { derivedKeys, PREVIEW_SIZES, PREVIEWABLE_MEDIA_TYPES, previewKey } from './preview-keys';
import { PreviewUnrenderable, renderPreviews } from './preview-renderer';
import { makeWorkDir } from '../work-dir';

export const SCAN_JOB = 'storage.scan';
export const PREVIEW_JOB = 'storage.preview';
export const BACKLOG_JOB = 'storage.backlog';
interface FileJob {
  fileId: string;
}

/** Files still pending this long after upload were missed (e.g. a crash before the job was sent). */
const BACKLOG_AGE_MS = 5 * 60 * 1000;
const BACKLOG_BATCH = 500;

const VERDICT_STATUS: Readonly<Record<ClamdVerdict['kind'], FileScanStatus>> = {
  clean: 'clean',
  infected: 'infected',
  'limit-exceeded': 'not_scanned',
};

/**
 * Background processing of stored files on the job queue: the malware scan (clamd INSTREAM,
 * straight from FileStorage) and, once a file may be downloaded, its previews. Every step is
 * idempotent (it only moves a file on from `pending`), so retries and duplicates are harmless.
 */
@Injectable()
export class FileProcessingService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(FileProcessingService.name);
  /** Settles once the start-up catch-up has sent its jobs (tests wait for it). */
  caughtUp: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scanEvents: FileScanEvents,
  ) {}

  onModuleInit(): void {
    if (!this.config.clamav) {
      const message =
        'CLAMAV_URL ist nicht gesetzt: hochgeladene Dateien werden NICHT auf Schadsoftware geprüft.';
      if (this.config.production) this.logger.warn(message);
      else this.logger.log(message);
    }
    this.jobs.register<FileJob>(SCAN_JOB, (data, job) => this.scan(data.fileId, job), {
      retryLimit: this.config.clamav?.retries ?? 0,
      expireInSeconds: Math.ceil((this.config.clamav?.timeoutMs ?? 60_000) / 1000) + 60,
    });
    this.jobs.register<FileJob>(PREVIEW_JOB, (data, job) => this.preview(data.fileId, job), {
      retryLimit: 3,
      expireInSeconds: 5 * 60,
    });
    this.jobs.register(BACKLOG_JOB, () => this.backlog(), { cron: '*/10 * * * *', retryLimit: 1 });
  }

  /**
   * Catches up, once the queue runs, on files stored before it did (seeds at start-up) or left
   * pending by a previous run that stopped between the commit and the send.
   */
  onApplicationBootstrap(): void {
    this.caughtUp = this.jobs
      .whenRunning()
      .then(() => this.backlog(0))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Catching up on pending files failed'));
  }

  /** Status of a file about to be stored: pending while a scanner is configured. */
  initialStatus(mediaType: string): Pick<StoredFileEntity, 'scanStatus' | 'previewStatus'> {
    return {
      scanStatus: this.config.clamav ? 'pending' : 'disabled',
      previewStatus: PREVIEWABLE_MEDIA_TYPES.has(mediaType) ? 'pending' : 'none',
    };
  }

  /** Sends the next job for a just-stored file; a lost send is caught up by the backlog job. */
  async enqueue(file: Pick<StoredFileEntity, 'id' | 'scanStatus' | 'previewStatus'>): Promise<void> {
    const job =
      file.scanStatus === 'pending'
        ? SCAN_JOB
        : file.previewStatus === 'pending' && isFileAvailable(file.scanStatus)
          ? PREVIEW_JOB
          : undefined;
    // Before start-up (seeding) the catch-up in onApplicationBootstrap sends it.
    if (!this.jobs.isRunning) return;
    try {
      if (job) await this.send(job, file.id);
    } catch (error) {
      this.logger.warn({ err: error, fileId: file.id }, 'Processing job not sent; the backlog job will');
    }
    // No scanner configured: the file is readable from the commit on.
    if (file.scanStatus !== 'pending') await this.scanEvents.settled(file);
  }

  private send(name: string, fileId: string): Promise<string | null> {
    return this.jobs.send<FileJob>(name, { fileId }, { singletonKey: fileId });
  }

  private files() {
    return this.dataSource.getRepository(StoredFileEntity);
  }

  private async scan(fileId: string, job: JobContext): Promise<void> {
    const file = await this.files().findOneBy({ id: fileId });
    if (!file || file.scanStatus !== 'pending') return;
    const clamav = this.config.clamav;
    if (!clamav) return; // Stays pending (fail closed) until a scanner is configured again.
    let verdict: ClamdVerdict;
    try {
      verdict = await clamdInstream(clamav.address, await this.storage.get(file.storageKey), {
        timeoutMs: clamav.timeoutMs,
      });
    } catch (error) {
      const missing = error instanceof StoredFileMissing;
      if (!missing && job.retryCount < job.retryLimit) throw error;
      const detail = missing ? 'Inhalt fehlt im Speicher' : errorText(error);
      this.logger.error({ fileId, detail }, 'Malware scan failed for good; the file stays blocked');
      if (await this.finishScan(file, 'failed', detail))
        await this.scanEvents.settled({ id: fileId, scanStatus: 'failed' });
      return;
    }
    const status = VERDICT_STATUS[verdict.kind];
    const detail =
      verdict.kind === 'infected'
        ? verdict.signature
        : verdict.kind === 'limit-exceeded'
          ? verdict.detail
          : null;
    if (status !== 'clean')
      this.logger.warn({ fileId, status, detail }, 'Stored file blocked by the malware scan');
    const finished = await this.finishScan(file, status, detail);
    if (status === 'clean' && file.previewStatus === 'pending') await this.send(PREVIEW_JOB, fileId);
    if (finished) await this.scanEvents.settled({ id: fileId, scanStatus: status });
  }

  /** Records the verdict; false when another run already did (the file is no longer pending). */
  private async finishScan(
    file: StoredFileEntity,
    status: FileScanStatus,
    detail: string | null,
  ): Promise<boolean> {
    const result = await this.files()
      .createQueryBuilder()
      .update()
      .set({
        scanStatus: status,
        scanDetail: detail,
        scannedAt: () => 'now()',
        // A blocked file gets no preview: its content is never read again.
        ...(isFileAvailable(status)
          ? {}
          : { previewStatus: file.previewStatus === 'none' ? 'none' : 'failed' }),
      })
      .where('id = :id AND scan_status = :pending', { id: file.id, pending: 'pending' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async preview(fileId: string, job: JobContext): Promise<void> {
    const file = await this.files().findOneBy({ id: fileId });
    if (!file || file.previewStatus !== 'pending' || !isFileAvailable(file.scanStatus)) return;
    const workDir = await makeWorkDir('preview');
    try {
      const source = join(workDir, 'source');
      await pipeline(await this.storage.get(file.storageKey), createWriteStream(source));
      const previews = await renderPreviews(file.mediaType, source, workDir);
      for (const size of PREVIEW_SIZES)
        await this.storage.put(previewKey(file.storageKey, size), Readable.from([previews[size]]));
      await this.setPreviewStatus(file, 'ready');
    } catch (error) {
      const permanent = error instanceof PreviewUnrenderable || error instanceof StoredFileMissing;
      if (!permanent && job.retryCount < job.retryLimit) throw error;
      // A preview is a convenience: the file itself stays as it is.
      this.logger.warn({ fileId, detail: errorText(error) }, 'No preview for a stored file');
      await this.setPreviewStatus(file, 'failed');
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  private async setPreviewStatus(file: StoredFileEntity, status: 'ready' | 'failed'): Promise<void> {
    const result = await this.files().update(
      { id: file.id, previewStatus: 'pending' },
      { previewStatus: status },
    );
    // Deleted while rendering: its previews must not outlive it.
    if (!result.affected && status === 'ready')
      for (const key of derivedKeys(file.storageKey)) await this.storage.delete(key);
  }

  /** Catches up files whose job was never sent (crash after the commit, queue unavailable). */
  private async backlog(minimumAgeMs = BACKLOG_AGE_MS): Promise<void> {
    const before = new Date(Date.now() - minimumAgeMs);
    const scans = this.config.clamav
      ? await this.files().find({
          select: { id: true },
          where: { scanStatus: 'pending', createdAt: LessThan(before) },
          take: BACKLOG_BATCH,
        })
      : [];
    for (const { id } of scans) await this.send(SCAN_JOB, id);
    const previews = await this.files()
      .createQueryBuilder('file')
      .select('file.id', 'id')
      .where(`file.preview_status = 'pending' AND file.scan_status IN ('clean', 'disabled')`)
      .andWhere('file.created_at < :before', { before })
      .limit(BACKLOG_BATCH)
      .getRawMany<{ id: string }>();
    for (const { id } of previews) await this.send(PREVIEW_JOB, id);
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
