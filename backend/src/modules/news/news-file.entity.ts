import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { NewsEntity } from './news.entity';

export type NewsFileRole = 'cover' | 'attachment';

/** Links a stored file to a news item as its cover image or as an attachment. */
@Entity({ name: 'news_files' })
// At most one cover per item; also serves the feed's cover lookup.
@Index('news_files_cover_uq', ['newsId'], { unique: true, where: `role = 'cover'` })
export class NewsFileEntity {
  /** With fileId the primary key; its index serves „all files of these items“. */
  @PrimaryColumn('uuid')
  newsId!: string;

  /** A stored file belongs to exactly one item (the unique index also serves the cascade). */
  @Index('news_files_file_uq', { unique: true })
  @PrimaryColumn('uuid')
  fileId!: string;

  @ManyToOne(() => NewsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'news_id' })
  news?: NewsEntity;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @Column({ type: 'text' })
  role!: NewsFileRole;

  /** Required for the cover, empty for attachments. */
  @Column({ type: 'text', nullable: true })
  altText!: string | null;

  /** Order of attachments (ascending). */
  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
