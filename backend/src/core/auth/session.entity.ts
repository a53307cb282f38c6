import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Server-side sessions (express-session store). Kept in PostgreSQL so that any backend
 * instance can serve any user; `user_id` lets an administrator end all sessions of a person.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ type: 'text' })
  sid!: string;

  @Index('sessions_user_idx')
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Index('sessions_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Hard end of the session, however active it is. */
  @Column({ type: 'timestamptz' })
  absoluteExpiresAt!: Date;
}
