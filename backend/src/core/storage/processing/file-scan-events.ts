import { Injectable, Logger } from '@nestjs/common';
import type { FileScanStatus } from '@portal/contracts';

/** Told once a stored file's scan has a final result (clean, blocked, or no scanner configured). */
export type FileScanSettledListener = (file: { id: string; scanStatus: FileScanStatus }) => Promise<void>;

/**
 * Lets features react the moment a stored file's content may (or may never) be read — e.g. the
 * search queues the file's text extraction — without the storage knowing them. Listeners only
 * enqueue work; a listener that fails is logged, never fails the upload or the scan (the feature's
 * own periodic sweep catches up).
 */
@Injectable()
export class FileScanEvents {
  private readonly logger = new Logger(FileScanEvents.name);
  private readonly listeners: FileScanSettledListener[] = [];

  /** Subscribe from `onModuleInit`. */
  onSettled(listener: FileScanSettledListener): void {
    this.listeners.push(listener);
  }

  async settled(file: { id: string; scanStatus: FileScanStatus }): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(file);
      } catch (error) {
        this.logger.warn({ err: error, fileId: file.id }, 'Listener for a settled file scan failed');
      }
    }
  }
}
