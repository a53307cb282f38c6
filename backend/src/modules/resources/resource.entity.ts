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
import type { LinkCheckStatus, ResourceKind, ResourceStatus } from '@portal/contracts';
import { AudienceColumns } from '../../core/audience/audience.columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A resource of the Digitalisierung library (guide, tool, link, …). Topics live in
 * `taxonomy_assignments` (target type `resource`). Text fields for a later portal search:
 * title, description, provider_name (or the organisation's name), topic terms.
 */
@Entity({ name: 'resources' })
// The list, newest first (and the keyset cursor's tiebreaker).
@Index('resources_published_idx', ['publishedAt', 'id'], { where: `status = 'published'` })
@Index('resources_kind_idx', ['kind', 'publishedAt', 'id'], { where: `status = 'published'` })
@Index('resources_provider_org_idx', ['providerOrganisationId', 'publishedAt', 'id'], {
  where: `status = 'published'`,
})
@Index('resources_provider_name_idx', ['providerName', 'publishedAt', 'id'], {
  where: `status = 'published'`,
})
// The coordination's review queue.
@Index('resources_suggested_idx', ['createdAt', 'id'], { where: `status = 'suggested'` })
// „Defekte Links“ and the nightly sweep.
@Index('resources_broken_idx', ['publishedAt', 'id'], { where: `link_status = 'broken'` })
@Index('resources_link_due_idx', ['linkCheckedAt'], { where: `url IS NOT NULL AND NOT demo` })
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ResourceKind;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown as written; rendered and sanitised on output. */
  @Column({ type: 'text', default: '' })
  description!: string;

  /** A providing organisation of the network … */
  @Column({ type: 'uuid', nullable: true })
  providerOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'provider_organisation_id' })
  providerOrganisation?: OrganisationEntity | null;

  /** … or an external provider's name (empty when an organisation provides it). */
  @Column({ type: 'text', default: '' })
  providerName!: string;

  /** When the provider published it (a calendar date, not a moment). */
  @Column({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', default: 'suggested' })
  status!: ResourceStatus;

  @Column(() => AudienceColumns)
  audience!: AudienceColumns;

  @Index('resources_suggested_by_idx')
  @Column({ type: 'uuid', nullable: true })
  suggestedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'suggested_by_id' })
  suggestedBy?: UserEntity | null;

  /** The person in `suggested_by_id` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  suggestedByDeleted!: boolean;

  /** The comment of a rejection. */
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Kept by the link check with raw SQL (a job must not raise `version`). */
  @Column({ type: 'text', default: 'unchecked' })
  linkStatus!: LinkCheckStatus;

  @Column({ type: 'int', nullable: true })
  linkHttpStatus!: number | null;

  @Column({ type: 'text', nullable: true })
  linkDetail!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  linkCheckedAt!: Date | null;

  /** Counters kept with raw SQL in the same transaction as `resource_ratings`. */
  @Column({ type: 'int', default: 0 })
  ratingCount!: number;

  @Column({ type: 'int', default: 0 })
  ratingSum!: number;

  /** Written for the demo (shown as such; its links are never checked). */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
