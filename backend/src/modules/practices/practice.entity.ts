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
import type {
  KeyFigureDto,
  OrganisationCategory,
  OrganisationState,
  PracticeStatus,
} from '@portal/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

export const PRACTICE_SEARCH_EXPRESSION = `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(situation, '') || ' ' || coalesce(approach, '') || ' ' || coalesce(results, '') || ' ' || coalesce(transferability, '') || ' ' || coalesce(partners, '')), 'C')`;

/** A Gute-Praxis entry; Zielgruppen and Handlungsfelder live in `taxonomy_assignments`. */
@Entity({ name: 'practices' })
// The list, newest first (and the keyset cursor's tiebreaker).
@Index('practices_published_idx', ['publishedAt', 'id'], { where: `status = 'published'` })
// „Meist übernommen“ and „Hilfreichste“.
@Index('practices_adopted_idx', ['adoptionCount', 'publishedAt', 'id'], { where: `status = 'published'` })
@Index('practices_helpful_idx', ['helpfulCount', 'publishedAt', 'id'], { where: `status = 'published'` })
// Filter by Land (and recommendations from nearby Länder), in each sort order of the list.
@Index('practices_state_idx', ['state', 'publishedAt', 'id'], { where: `status = 'published'` })
@Index('practices_state_adopted_idx', ['state', 'adoptionCount', 'publishedAt', 'id'], {
  where: `status = 'published'`,
})
@Index('practices_state_helpful_idx', ['state', 'helpfulCount', 'publishedAt', 'id'], {
  where: `status = 'published'`,
})
// A Jobcenter's entries (directory page, review queue, recommendations).
@Index('practices_organisation_idx', ['organisationId', 'status'])
// The coordination's review queue.
@Index('practices_review_idx', ['submittedAt', 'id'], { where: `status = 'in-review'` })
// GIN index created by the migration (index types are beyond TypeORM's index model).
@Index('practices_search_idx', { synchronize: false })
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  situation!: string;

  @Column({ type: 'text', default: '' })
  approach!: string;

  @Column({ type: 'text', default: '' })
  results!: string;

  @Column({ type: 'text', default: '' })
  duration!: string;

  @Column({ type: 'text', default: '' })
  costs!: string;

  @Column({ type: 'text', default: '' })
  partners!: string;

  @Column({ type: 'text', default: '' })
  transferability!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  keyFigures!: KeyFigureDto[];

  /** Kept with `keyFigures` by the service (filter „mit Kennzahlen“). */
  @Column({ type: 'boolean', default: false })
  hasKeyFigures!: boolean;

  @Column({ type: 'text', default: '' })
  contactName!: string;

  @Column({ type: 'text', default: '' })
  contactRole!: string;

  @Column({ type: 'text', default: '' })
  contactEmail!: string;

  @Column({ type: 'text', default: '' })
  contactPhone!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: PracticeStatus;

  /** The author's Jobcenter when the entry was created; its editors review it. */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  /** Copied from the organisation: filters and recommendations need no join. */
  @Column({ type: 'text', nullable: true })
  state!: OrganisationState | null;

  @Column({ type: 'text', nullable: true })
  organisationCategory!: OrganisationCategory | null;

  @Index('practices_author_idx')
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** The person in `author_id` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  authorDeleted!: boolean;

  /** Counters kept in the same transaction as the rows they count (sorting needs them indexed). */
  @Column({ type: 'int', default: 0 })
  adoptionCount!: number;

  @Column({ type: 'int', default: 0 })
  helpfulCount!: number;

  /** The comment of the last return, until the entry is submitted again. */
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** When the author confirmed the privacy guard's findings (null: nothing was found). */
  @Column({ type: 'timestamptz', nullable: true })
  privacyConfirmedAt!: Date | null;

  /** Written for the demo (shown as such). */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: PRACTICE_SEARCH_EXPRESSION,
  })
  searchVector?: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
