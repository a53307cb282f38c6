import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { NewsCategory, NewsStatus } from '@portal/contracts';
import { AudienceColumns } from '../../core/audience/audience.columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import type { NewsFileEntity } from './news-file.entity';
import type { NewsReadEntity } from './news-reader-state.entity';

@Entity({ name: 'news' })
// The feed: published items, newest first, with a stable tiebreaker for the cursor.
@Index('news_feed_idx', ['status', 'publishedAt', 'id'])
// The pinned section: few rows, so a partial index keeps it from walking the whole feed.
@Index('news_pinned_idx', ['publishedAt', 'id'], {
  where: `pinned_until IS NOT NULL AND status = 'published'`,
})
// The notifier's sweep: published items whose audience has not been told yet.
@Index('news_notify_due_idx', ['publishedAt'], { where: `notified_at IS NULL AND status = 'published'` })
// GIN index created by the migration (index types are beyond TypeORM's index model).
@Index('news_search_idx', { synchronize: false })
export class NewsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  teaser!: string;

  /** Markdown as written; rendered and sanitised on output. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  category!: NewsCategory;

  @Column({ type: 'text', default: 'draft' })
  status!: NewsStatus;

  /** „Wichtig“: readers are asked to confirm „Zur Kenntnis genommen“. */
  @Column({ type: 'boolean', default: false })
  important!: boolean;

  /** Written for the demonstration of the portal (seeded); lists show a „Demo“ badge. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  /** Readers may comment (the author decides per item). */
  @Column({ type: 'boolean', default: true })
  commentsEnabled!: boolean;

  /** Stays on top of the feed until this time. */
  @Column({ type: 'timestamptz', nullable: true })
  pinnedUntil!: Date | null;

  /** From this time on the item is archived: out of the feed, still reachable by its link. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column(() => AudienceColumns)
  audience!: AudienceColumns;

  /** The Jobcenter or association the item is published by. */
  @Index('news_organisation_idx')
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Index('news_author_idx')
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** The person in `author_id` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  authorDeleted!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** When the audience was notified (set once the item is due; scheduled items wait for it). */
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;

  /** Filled by the feed queries only (same query, no N+1): the cover and this reader's read mark. */
  cover?: NewsFileEntity | null;
  readMark?: NewsReadEntity | null;

  /** Words for the search on /neuigkeiten (and later the portal search): title > teaser > body. */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(teaser, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '')), 'C')`,
  })
  searchVector?: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
