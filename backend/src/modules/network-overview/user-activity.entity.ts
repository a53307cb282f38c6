import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * That a person used the portal on a day (Berlin), at most one row per person and day — the base
 * of „aktive Nutzende je Woche“. Deliberately no foreign key: when an account is deleted its rows
 * get one random id instead, so past weekly counts stay right without pointing to anyone.
 */
@Entity({ name: 'user_activity' })
@Index('user_activity_day_idx', ['day', 'organisationId'])
export class UserActivityEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** The organisation at that day (people move; the week counts where they were). */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;
}
