import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A named list of terms (Zielgruppen, Handlungsfelder, later resource topics). */
@Entity({ name: 'taxonomies' })
export class TaxonomyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key used by code, e.g. `handlungsfelder`. */
  @Index('taxonomies_key_uq', { unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  label!: string;
}

@Entity({ name: 'taxonomy_terms' })
@Index('taxonomy_terms_label_uq', ['taxonomyId', 'label'], { unique: true })
export class TaxonomyTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taxonomyId!: string;

  @ManyToOne(() => TaxonomyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taxonomy_id' })
  taxonomy?: TaxonomyEntity;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  /** Deactivated terms stay on existing content but are not offered for new choices. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A term attached to a piece of content (`target_type` + `target_id`). The foreign key on the
 * term refuses deleting a term that is still used, so a merge must move references first and
 * nothing is ever left pointing nowhere.
 */
@Entity({ name: 'taxonomy_assignments' })
// Filtering content by term („Handlungsfeld = Digitalisierung“) walks this index.
@Index('taxonomy_assignments_term_idx', ['termId', 'targetType', 'targetId'])
export class TaxonomyAssignmentEntity {
  @PrimaryColumn({ type: 'text' })
  targetType!: string;

  @PrimaryColumn({ type: 'uuid' })
  targetId!: string;

  @PrimaryColumn({ type: 'uuid' })
  termId!: string;

  @ManyToOne(() => TaxonomyTermEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'term_id' })
  term?: TaxonomyTermEntity;
}
