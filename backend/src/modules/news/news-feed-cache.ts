import { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { AudienceViewer } from '@portal/contracts';
import { ChangeListener } from '../../core/database/change-listener';
import type { FeedPosition } from './news-cursor';
import type { NewsEntity } from './news.entity';

/** Named by the triggers of migration NewsFeedChangeEvents: '*' (content) or 'read:<user id>'. */
export const NEWS_FEED_CHANGES_CHANNEL = 'portal_news_feed_changes';
const READ_PREFIX = 'read:';
/** A page holds up to 32 summaries (≈ 1–2 kB each): at most ≈ 50 MB per process. */
const MAX_PAGES = 1_000;
const MAX_READERS = 20_000;
/** Read marks kept per person; beyond that the person's map starts over. */
const MAX_READS_PER_READER = 500;

/** The Start page's first feed page: what `NewsRepository.firstPage` returns, read marks aside. */
export interface FirstPage {
  pinned: NewsEntity[];
  rows: NewsEntity[];
  pinnedBefore?: FeedPosition;
}

interface PageEntry {
  page: FirstPage;
  /** Clock time (ms) of the read: an earlier `now` (a clock set back) is not served from it. */
  from: number;
  /** Clock time (ms) from which the page may differ: the next publication, pin end or expiry. */
  until: number;
}

export interface NewsFeedCacheStats {
  hits: number;
  misses: number;
  pages: number;
  readers: number;
  listening: boolean;
}

/**
 * The Start page's first feed page per audience (page size, roles, Jobcenter, Land) and, per
 * person, which of its items they have opened — so the portal's busiest request asks PostgreSQL
 * nothing while nothing changed. Everyone with the same audience sees the same page; only the
 * read marks are personal, and they outlive changes of the content.
 *
 * Correct across instances and processes as the session cache is: triggers name every change
 * when it commits (NEWS_FEED_CHANGES_CHANNEL) and this process forgets; without a working LISTEN
 * connection nothing is kept. Time changes a page too (a scheduled item appears, a pin or an item
 * ends): an entry is served only before the earliest such moment, and never longer than `ttlMs`.
 */
export class NewsFeedCache implements OnModuleInit, OnApplicationShutdown {
  private readonly pages = new Map<string, PageEntry>();
  private readonly reads = new Map<string, Map<string, boolean>>();
  private readonly listener: ChangeListener;
  /** Raised whenever pages (or read marks) are forgotten: a read that began before may be stale. */
  private pageChanges = 0;
  private readChanges = 0;
  private hits = 0;
  private misses = 0;

  constructor(
    databaseUrl: string,
    private readonly ttlMs: number,
  ) {
    this.listener = new ChangeListener(
      databaseUrl,
      NEWS_FEED_CHANGES_CHANNEL,
      'jobcenter-portal-feed-changes',
      {
        changed: (payload) =>
          payload.startsWith(READ_PREFIX)
            ? this.forgetReads(payload.slice(READ_PREFIX.length))
            : this.forgetPages(),
        reset: () => {
          this.forgetPages();
          this.forgetAllReads();
        },
      },
    );
  }

  onModuleInit(): void {
    if (this.ttlMs > 0) this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  static key(viewer: AudienceViewer, limit: number): string {
    return `${limit}|${[...viewer.roles].sort().join(',')}|${viewer.organisationId ?? ''}|${viewer.state ?? ''}`;
  }

  page(key: string, now: Date): FirstPage | undefined {
    const entry = this.pages.get(key);
    const at = now.getTime();
    if (entry && entry.from <= at && at < entry.until) {
      this.hits++;
      return entry.page;
    }
    this.misses++;
    return undefined;
  }

  /** Whether pages are kept at all (listening, not switched off). */
  keeping(): boolean {
    return this.listener.listening;
  }

  /** Marks the start of a page read; pass the mark to `rememberPage`. */
  pageVersion(): number {
    return this.pageChanges;
  }

  /**
   * Keeps a page read at `now` unless anything changed since `readVersion`. `nextPublication`:
   * the earliest publication time after `now` of any item (it may join the page then).
   */
  rememberPage(
    key: string,
    page: FirstPage,
    now: Date,
    nextPublication: Date | null,
    readVersion: number,
  ): void {
    if (!this.listener.listening || readVersion !== this.pageChanges) return;
    const at = now.getTime();
    const moments = [...page.pinned, ...page.rows]
      .flatMap((item) => [item.pinnedUntil, item.expiresAt])
      .concat(nextPublication)
      .map((moment) => moment?.getTime() ?? Infinity)
      .filter((moment) => moment > at);
    const until = Math.min(at + this.ttlMs, ...moments);
    if (this.pages.size >= MAX_PAGES) this.pages.delete(this.pages.keys().next().value as string);
    this.pages.set(key, { page, from: at, until });
  }

  /** The ids among `ids` this person has opened, or undefined if any of them is not known here. */
  readIds(userId: string, ids: string[]): Set<string> | undefined {
    const known = this.reads.get(userId);
    if (!known) return undefined;
    const read = new Set<string>();
    for (const id of ids) {
      const state = known.get(id);
      if (state === undefined) return undefined;
      if (state) read.add(id);
    }
    return read;
  }

  readVersion(): number {
    return this.readChanges;
  }

  /** Keeps whether the person has opened each of `ids`, unless read marks changed since `readVersion`. */
  rememberReads(userId: string, ids: string[], read: Set<string>, readVersion: number): void {
    if (!this.listener.listening || readVersion !== this.readChanges) return;
    let known = this.reads.get(userId);
    if (!known || known.size + ids.length > MAX_READS_PER_READER) {
      known = new Map();
      if (this.reads.size >= MAX_READERS) this.reads.delete(this.reads.keys().next().value as string);
      this.reads.set(userId, known);
    }
    for (const id of ids) known.set(id, read.has(id));
  }

  /** For writers in this process, right after their transaction (the notification comes a moment later). */
  forgetPages(): void {
    this.pageChanges++;
    this.pages.clear();
  }

  forgetReads(userId: string): void {
    this.readChanges++;
    this.reads.delete(userId);
  }

  stats(): NewsFeedCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      pages: this.pages.size,
      readers: this.reads.size,
      listening: this.listener.listening,
    };
  }

  private forgetAllReads(): void {
    this.readChanges++;
    this.reads.clear();
  }
}
