import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NewsEntity } from '../news/news.entity';

/**
 * Acknowledgements of important news that no longer point to a person: those of deleted accounts
 * and those past their retention period. Rates stay reportable: acknowledged = live rows + this
 * count, audience = current members + this count (the anonymised people left the audience).
 */
@Entity({ name: 'news_acknowledgement_tallies' })
export class AcknowledgementTallyEntity {
  @PrimaryColumn({ type: 'uuid' })
  newsId!: string;

  @ManyToOne(() => NewsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'news_id' })
  news?: NewsEntity;

  @Column({ type: 'integer', default: 0 })
  anonymised!: number;
}
