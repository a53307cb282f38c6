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
import { AudienceColumns } from '../../core/audience/audience.columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'events' })
// Upcoming list (keyset on start, id) and the range of the month view (start < to, end > from).
@Index('events_start_idx', ['startsAt', 'id'])
@Index('events_end_idx', ['endsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Plain text; paragraphs separated by blank lines. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  /** Exclusive end; for all-day events 00:00 UTC of the day after the last day. */
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'boolean', default: false })
  allDay!: boolean;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  registrationUrl!: string | null;

  /** Cancelled events stay listed, marked „Abgesagt“. */
  @Column({ type: 'boolean', default: false })
  cancelled!: boolean;

  @Column(() => AudienceColumns)
  audience!: AudienceColumns;

  /** The organiser. */
  @Index('events_organisation_idx')
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Index('events_author_idx')
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** The person in `author_id` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  authorDeleted!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
