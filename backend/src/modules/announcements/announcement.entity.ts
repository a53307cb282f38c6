import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AnnouncementSeverity } from '@portal/contracts';

/** The banner at the top of every page while `starts_at <= now < ends_at`. */
@Entity({ name: 'announcements' })
export class AnnouncementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  severity!: AnnouncementSeverity;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  /** The current-banner query reads `ends_at > now` on this index (few rows are ever current). */
  @Index('announcements_ends_at_idx')
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
