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
import type { BrandGuidelinesDto, CampaignStatus } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';

/** A campaign of the network, e.g. „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ (2018). */
@Entity({ name: 'campaigns' })
// The campaign list: current ones first.
@Index('campaigns_status_start_idx', ['status', 'startsOn'])
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  status!: CampaignStatus;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keyMessages!: string[];

  // Written as PostgreSQL prints it back, so the schema drift check sees no difference.
  @Column({
    type: 'jsonb',
    default: () => `'{"dos": [], "text": "", "donts": [], "fonts": [], "colours": []}'`,
  })
  guidelines!: BrandGuidelinesDto;

  @Column({ type: 'text', default: '' })
  usageTerms!: string;

  /** Rises when `usageTerms` change, so that users accept the new terms again. */
  @Column({ type: 'integer', default: 1 })
  termsVersion!: number;

  @Index('campaigns_created_by_idx')
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
