import { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { SessionData } from 'express-session';
import { ChangeListener } from '../database/change-listener';

/** Named by the `sessions` trigger (migration SessionChangeEvents) for every changed or ended session. */
export const SESSION_CHANGES_CHANNEL = 'portal_session_changes';
const MAX_ENTRIES = 10_000;

/** What the metrics endpoint reports about this process's cache. */
export interface SessionCacheStats {
  hits: number;
  misses: number;
  entries: number;
  /** Receiving session changes, so caching at all (false: every session read from PostgreSQL). */
  listening: boolean;
}

interface Entry {
  /** Serialised: express-session mutates the object it is given (cookie), each request gets its own. */
  json: string;
  userId: string | undefined;
  until: number;
}

/**
 * The sessions this process read recently, so that a signed-in person's requests do not each ask
 * PostgreSQL (the session read was a third of the news feed's cost per request). Correct across
 * instances and processes: PostgreSQL names every changed or deleted session on a channel when the
 * change commits, and this process forgets it. Without a working LISTEN connection nothing is
 * cached. An entry lives at most `ttlMs` and never past the session's own end.
 */
export class SessionCache implements OnModuleInit, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly listener: ChangeListener;
  /** Raised whenever something is forgotten: a read that began before may carry the old state. */
  private changes = 0;
  private hits = 0;
  private misses = 0;

  constructor(
    databaseUrl: string,
    private readonly ttlMs: number,
  ) {
    this.listener = new ChangeListener(
      databaseUrl,
      SESSION_CHANGES_CHANNEL,
      'jobcenter-portal-session-changes',
      {
        changed: (sid) => this.forget(sid),
        reset: () => this.forgetAll(),
      },
    );
  }

  onModuleInit(): void {
    if (this.ttlMs > 0) this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  get(sid: string): SessionData | undefined {
    let entry = this.entries.get(sid);
    if (entry && entry.until <= Date.now()) {
      this.entries.delete(sid);
      entry = undefined;
    }
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return JSON.parse(entry.json) as SessionData;
  }

  stats(): SessionCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      entries: this.entries.size,
      listening: this.listener.listening,
    };
  }

  /** Marks the start of a read; pass the mark to `remember`. */
  version(): number {
    return this.changes;
  }

  /** Keeps what a read returned, unless anything was forgotten since the read began. */
  remember(sid: string, data: SessionData, validForMs: number, readVersion: number): void {
    if (!this.listener.listening || readVersion !== this.changes || validForMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(sid, {
      json: JSON.stringify(data),
      userId: data.passport?.user?.id,
      until: Date.now() + Math.min(validForMs, this.ttlMs),
    });
  }

  forget(sid: string): void {
    this.changes++;
    this.entries.delete(sid);
  }

  /**
   * For writers in this process, right after their transaction: the notification reaches this
   * process a moment later, and the person's next request may be faster.
   */
  forgetUser(userId: string): void {
    this.changes++;
    for (const [sid, entry] of this.entries) if (entry.userId === userId) this.entries.delete(sid);
  }

  forgetAll(): void {
    this.changes++;
    this.entries.clear();
  }
}
