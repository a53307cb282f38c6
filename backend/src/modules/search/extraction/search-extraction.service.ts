import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../../core/jobs/job-queue';
import { FileStorage } from '../../../core/storage/file-storage';
import { FileScanEvents } from '../../../core/storage/processing/file-scan-events';
import { type FileScanStatus, isFileAvailable } from '@portal/contracts';
import { extractText, type Extraction } from './file-text-extractor';

/** The catch-up sweep over every pending file (cron, and on demand). */
export const EXTRACT_JOB = 'search.extract';
/** One file, queued the moment its scan settles (or at once without a scanner). */
export const EXTRACT_FILE_JOB = 'search.extract-file';
const BATCH = 20;

interface FileJob {
  fileId: string;
}

const PENDING_FILES = `SELECT t.file_id, f.storage_key, f.original_name, f.media_type, f.size::text AS size, f.scan_status
   FROM search_file_texts t JOIN stored_files f ON f.id = t.file_id
  WHERE t.status = 'pending' AND f.scan_status <> 'pending'`;

interface PendingFile {
  file_id: string;
  storage_key: string;
  original_name: string;
  media_type: string;
  size: string;
  scan_status: FileScanStatus;
}

/**
 * Reads the text of files attached to searchable items (the index marks them `pending` in
 * `search_file_texts`). Only files the malware scan let through are opened; blocked ones are
 * `skipped`, scanned PDFs `no-text`. Writing the result re-indexes every item with the file
 * (trigger), so the text is searchable with the commit.
 *
 * A file is queued on its own (`search.extract-file`, one job per file) as soon as its scan
 * settles — or right after the upload when no scanner is configured. The minute sweep
 * (`search.extract`) only catches up: files linked to searchable content after their scan (a draft
 * published later), jobs lost in a crash, files stored before the queue ran (seeds).
 */
@Injectable()
export class SearchExtractionService implements OnModuleInit {
  private readonly logger = new Logger(SearchExtractionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly scanEvents: FileScanEvents,
  ) {}

  onModuleInit(): void {
    this.jobs.register(EXTRACT_JOB, async () => void (await this.run()), {
      cron: '* * * * *',
      retryLimit: 3,
      expireInSeconds: 15 * 60,
    });
    this.jobs.register<FileJob>(EXTRACT_FILE_JOB, async (data) => void (await this.runFile(data.fileId)), {
      retryLimit: 3,
      expireInSeconds: 5 * 60,
    });
    this.scanEvents.onSettled(async (file) => {
      await this.jobs.send<FileJob>(EXTRACT_FILE_JOB, { fileId: file.id }, { singletonKey: file.id });
    });
  }

  /** Asks the queue to work through pending files now (e.g. after an upload). */
  async kick(): Promise<void> {
    if (this.jobs.isRunning) await this.jobs.send(EXTRACT_JOB, {}, { singletonKey: EXTRACT_JOB });
  }

  /** Works through the pending files whose scan has finished; returns how many it settled. */
  async run(): Promise<number> {
    let settled = 0;
    for (;;) {
      const batch: PendingFile[] = await this.dataSource.query(
        `${PENDING_FILES} ORDER BY t.file_id LIMIT ${BATCH}`,
      );
      if (batch.length === 0) return settled;
      for (const file of batch) {
        await this.settle(file);
        settled++;
      }
    }
  }

  /**
   * Extracts one file if the index waits for its text; false when there is nothing to do (not
   * linked to searchable content, already extracted, or still being scanned).
   */
  async runFile(fileId: string): Promise<boolean> {
    const [file]: PendingFile[] = await this.dataSource.query(`${PENDING_FILES} AND t.file_id = $1`, [
      fileId,
    ]);
    if (!file) return false;
    await this.settle(file);
    return true;
  }

  private async settle(file: PendingFile): Promise<void> {
    let result: Extraction;
    if (!isFileAvailable(file.scan_status)) {
      result = { status: 'failed', detail: 'Datei durch die Virenprüfung gesperrt' };
      await this.save(file, 'skipped', '', result.detail);
      return;
    }
    try {
      result = await extractText(
        () => this.storage.get(file.storage_key),
        file.media_type,
        Number(file.size),
      );
    } catch (error) {
      this.logger.warn({ err: error, fileId: file.file_id }, 'Text extraction failed; will retry');
      throw error;
    }
    if (result.status === 'done') await this.save(file, 'done', result.text, null);
    else await this.save(file, result.status, '', result.detail);
  }

  /** Raw SQL (a job): the trigger on search_file_texts re-indexes the items with this file. */
  private async save(file: PendingFile, status: string, text: string, detail: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE search_file_texts
          SET status = $2, text = $3, detail = $4, extracted_at = now(),
              vector = to_tsvector('german', left($5 || E'\\n' || $3, 400000))
        WHERE file_id = $1 AND status = 'pending'`,
      [file.file_id, status, text, detail, file.original_name],
    );
  }
}
