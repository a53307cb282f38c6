import { SessionData, Store } from 'express-session';
import { DataSource } from 'typeorm';
import type { PreparedReads } from '../database/prepared-reads';
import type { SessionCache } from './session-cache';

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
    private readonly cache: SessionCache,
    private readonly timeouts: SessionTimeouts,
  ) {
    super();
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const cached = this.cache.get(sid);
    if (cached) {
      callback(undefined, cached);
      return;
    }
    const version = this.cache.version();
    // Every request without a cached session asks this: a prepared statement saves PostgreSQL
    // parsing and planning it. The remaining time comes from the database's clock, not ours.
    this.reads
      .rows<{ data: SessionData; valid_ms: number }>(
        `SELECT data, extract(epoch FROM LEAST(expires_at, absolute_expires_at) - now())::float8 * 1000 AS valid_ms
           FROM sessions WHERE sid = $1 AND expires_at > now() AND absolute_expires_at > now()`,
        [sid],
      )
      .then((rows) => {
        const row = rows[0];
        if (row) this.cache.remember(sid, row.data, row.valid_ms, version);
        callback(undefined, row?.data ?? null);
      })
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const now = Date.now();
    const data = { ...session, touchedAt: now };
    const signedInAt = session.signedInAt ?? now;
    const userId = session.passport?.user?.id ?? null;
    this.cache.forget(sid);
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
      .then(() => this.written(sid, callback))
      .catch((error: unknown) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const now = Date.now();
    if (session.touchedAt && now - session.touchedAt < TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    this.cache.forget(sid);
    this.dataSource
      .query(
        `UPDATE sessions
            SET expires_at = LEAST($2::timestamptz, absolute_expires_at),
                data = jsonb_set(data, '{touchedAt}', to_jsonb($3::bigint))
          WHERE sid = $1`,
        [sid, new Date(now + this.timeouts.idleMs), now],
      )
      .then(() => this.written(sid, callback))
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.cache.forget(sid);
    this.dataSource
      .query('DELETE FROM sessions WHERE sid = $1', [sid])
      .then(() => this.written(sid, callback))
      .catch((error: unknown) => callback?.(error));
  }

  /**
   * Forgotten before the write (reads from then on are not kept) and after it (a read that saw the
   * old row just before the commit); other processes learn of it from PostgreSQL.
   */
  private written(sid: string, callback?: Callback): void {
    this.cache.forget(sid);
    callback?.();
  }

  async pruneExpired(): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      'DELETE FROM sessions WHERE expires_at <= now() OR absolute_expires_at <= now()',
    );
    return result[1];
  }
}
