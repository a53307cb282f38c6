import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';

/** `pending` → `done` | `no-text` (e.g. a scanned PDF) | `unsupported` | `failed` | `skipped` (blocked file). */
export type FileTextStatus = 'pending' | 'done' | 'no-text' | 'unsupported' | 'failed' | 'skipped';

/** Text extracted from a stored file by the job `search.extract`; feeds the index (weight D). */
@Entity({ name: 'search_file_texts' })
@Index('search_file_texts_pending_idx', ['fileId'], { where: `status = 'pending'` })
export class SearchFileTextEntity {
  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @Column({ type: 'text', default: 'pending' })
  status!: FileTextStatus;

  @Column({ type: 'text', default: '' })
  text!: string;

  /** File name and text (german), to tell which file of a result matched. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  vector!: string | null;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  extractedAt!: Date | null;
}
