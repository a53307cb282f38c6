import { SessionData, Store } from 'express-session';
import { DataSource } from 'typeorm';
import type { PreparedReads } from '../database/prepared-reads';

type Callback<T = void> = (error?: unknown, value?: T) => void;

export interface SessionTimeouts {
  idleMs: number;
  absoluteMs: number;
}

/** Extending the idle timeout at most once a minute keeps reads free of writes. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * express-session store on PostgreSQL. A session ends after `idleMs` without activity or
 * `absoluteMs` after sign-in, whichever comes first; expired rows are never returned.
 */
export class PgSessionStore extends Store {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: PreparedReads,
    private readonly timeouts: SessionTimeouts,
  ) {
    super();
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    // Every request asks this: a prepared statement saves PostgreSQL parsing and planning it.
    this.reads
      .rows<{ data: SessionData }>(
        'SELECT data FROM sessions WHERE sid = $1 AND expires_at > now() AND absolute_expires_at > now()',
        [sid],
      )
      .then((rows) => callback(undefined, rows[0]?.data ?? null))
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const now = Date.now();
    const data = { ...session, touchedAt: now };
    const signedInAt = session.signedInAt ?? now;
    const userId = session.passport?.user?.id ?? null;
    // Only for an active person: a long request saving its session after the person was
    // deactivated (which ends all their sessions) must not bring the session back.
    this.dataSource
      .query(
        `INSERT INTO sessions (sid, user_id, data, expires_at, absolute_expires_at)
         SELECT $1, $2, $3, $4, $5
          WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM users WHERE id = $2::uuid AND active)
         ON CONFLICT (sid) DO UPDATE
           SET user_id = EXCLUDED.user_id, data = EXCLUDED.data,
               expires_at = LEAST(EXCLUDED.expires_at, sessions.absolute_expires_at)`,
        [
          sid,
          userId,
          data,
          new Date(now + this.timeouts.idleMs),
          new Date(signedInAt + this.timeouts.absoluteMs),
        ],
      )
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const now = Date.now();
    if (session.touchedAt && now - session.touchedAt < TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    this.dataSource
      .query(
        `UPDATE sessions
            SET expires_at = LEAST($2::timestamptz, absolute_expires_at),
                data = jsonb_set(data, '{touchedAt}', to_jsonb($3::bigint))
          WHERE sid = $1`,
        [sid, new Date(now + this.timeouts.idleMs), now],
      )
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.dataSource
      .query('DELETE FROM sessions WHERE sid = $1', [sid])
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  /** Ends every session of a person at once (deactivation, deletion). */
  async destroyAllOfUser(userId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  }

  async pruneExpired(): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      'DELETE FROM sessions WHERE expires_at <= now() OR absolute_expires_at <= now()',
    );
    return result[1];
  }
}
