import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../../core/jobs/job-queue';
import { FileStorage } from '../../../core/storage/file-storage';
import { type FileScanStatus, isFileAvailable } from '@portal/contracts';
import { extractText, type Extraction } from './file-text-extractor';

export const EXTRACT_JOB = 'search.extract';
const BATCH = 20;

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
 * (trigger), so the text is searchable with the commit. Runs every minute and on demand.
 */
@Injectable()
export class SearchExtractionService implements OnModuleInit {
  private readonly logger = new Logger(SearchExtractionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(EXTRACT_JOB, async () => void (await this.run()), {
      cron: '* * * * *',
      retryLimit: 3,
      expireInSeconds: 15 * 60,
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
        `SELECT t.file_id, f.storage_key, f.original_name, f.media_type, f.size::text AS size, f.scan_status
           FROM search_file_texts t JOIN stored_files f ON f.id = t.file_id
          WHERE t.status = 'pending' AND f.scan_status <> 'pending'
          ORDER BY t.file_id LIMIT ${BATCH}`,
      );
      if (batch.length === 0) return settled;
      for (const file of batch) {
        await this.settle(file);
        settled++;
      }
    }
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
