import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PracticeContent } from '@portal/contracts';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { PracticeEntity } from './practice.entity';

/** The content after each change (version history and diff view). */
@Entity({ name: 'practice_versions' })
export class PracticeVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  practiceId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Column({ type: 'jsonb' })
  content!: PracticeContent;

  @Index('practice_versions_edited_by_idx')
  @Column({ type: 'uuid', nullable: true })
  editedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'edited_by' })
  editor?: UserEntity | null;

  /** The person in `edited_by` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  editorDeleted!: boolean;

  @Column({ type: 'timestamptz' })
  editedAt!: Date;

  /**
   * The version the reviewer published, or an edit after that. Only these are shown to the
   * network: the drafts before stay with the author and the entry's reviewers.
   */
  @Column({ default: false })
  published!: boolean;
}

/** „Wir setzen das auch um“: one organisation adopted one practice. */
@Entity({ name: 'practice_adoptions' })
// An organisation's adoptions (directory page, recommendations).
@Index('practice_adoptions_organisation_idx', ['organisationId', 'createdAt'])
export class PracticeAdoptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  practiceId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Index('practice_adoptions_adopted_by_idx')
  @Column({ type: 'uuid', nullable: true })
  adoptedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'adopted_by' })
  adopter?: UserEntity | null;

  /** The person in `adopted_by` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  adopterDeleted!: boolean;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}

/** People who follow an entry (changes and comments are announced to them). */
@Entity({ name: 'practice_followers' })
export class PracticeFollowerEntity {
  @PrimaryColumn({ type: 'uuid' })
  practiceId!: string;

  @Index('practice_followers_user_idx')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** „Hilfreich“ on an entry, once per person. */
@Entity({ name: 'practice_helpful_marks' })
export class PracticeHelpfulEntity {
  @PrimaryColumn({ type: 'uuid' })
  practiceId!: string;

  @Index('practice_helpful_marks_user_idx')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

export type PracticeFileRole = 'image' | 'attachment';

/** Images (with alternative text) and attachments of an entry. */
@Entity({ name: 'practice_files' })
@Index('practice_files_practice_idx', ['practiceId', 'role', 'position'])
export class PracticeFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @Column({ type: 'uuid' })
  practiceId!: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @Column({ type: 'text' })
  role!: PracticeFileRole;

  @Column({ type: 'text', nullable: true })
  altText!: string | null;

  @Column({ type: 'int' })
  position!: number;
}
