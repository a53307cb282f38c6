import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { UserEntity } from '../users/user.entity';
import { ResourceEntity } from './resource.entity';

/** A file of a resource (through the shared storage). */
@Entity({ name: 'resource_files' })
export class ResourceFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @Column({ type: 'int', default: 0 })
  position!: number;
}

/** One person's usefulness rating (1–5); only counts and averages ever leave the server. */
@Entity({ name: 'resource_ratings' })
export class ResourceRatingEntity {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @Index('resource_ratings_user_idx')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'smallint' })
  value!: number;

  @Column({ type: 'timestamptz' })
  ratedAt!: Date;
}

/** A curated, ordered list of resources with an intro („Einstieg E-Akte“). */
@Entity({ name: 'resource_collections' })
@Index('resource_collections_order_idx', ['createdAt', 'id'])
export class ResourceCollectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  intro!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'resource_collection_items' })
@Index('resource_collection_items_order_idx', ['collectionId', 'position'])
@Index('resource_collection_items_resource_idx', ['resourceId'])
export class ResourceCollectionItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  collectionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => ResourceCollectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection?: ResourceCollectionEntity;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @Column({ type: 'int' })
  position!: number;
}
