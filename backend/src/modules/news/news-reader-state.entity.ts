import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** That a user opened an item (unread marks); one row per user and item. */
@Entity({ name: 'news_reads' })
// „Meine Daten“ and account deletion find a person's marks; the retention purge deletes by age.
@Index('news_reads_user_idx', ['userId'])
@Index('news_reads_read_at_idx', ['readAt'])
export class NewsReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  newsId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}

/**
 * „Zur Kenntnis genommen“ for an important item. The organisation is kept as it was at that
 * moment, so rates per Jobcenter need no join; who acknowledged is never shown to anyone else.
 */
@Entity({ name: 'news_acknowledgements' })
@Index('news_acknowledgements_news_organisation_idx', ['newsId', 'organisationId'])
@Index('news_acknowledgements_user_idx', ['userId'])
@Index('news_acknowledgements_time_idx', ['acknowledgedAt'])
export class NewsAcknowledgementEntity {
  @PrimaryColumn({ type: 'uuid' })
  newsId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'timestamptz' })
  acknowledgedAt!: Date;
}
