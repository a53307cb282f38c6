import { Inject, Injectable } from '@nestjs/common';
import {
  AcknowledgementStatsDto,
  AudienceDto,
  AuditAction,
  type AudienceViewer,
  NewsDraftListDto,
  NewsDto,
  NewsFeedDto,
  NewsStatus,
  Permission,
  hasPermission,
} from '@portal/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { copyAudience } from '../../core/audience/audience.columns';
import { AudienceViewerService } from '../../core/audience/audience-viewer.service';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import {
  ArchiveNewsBody,
  CreateNewsBody,
  PublishNewsBody,
  UnscheduleNewsBody,
  UpdateNewsBody,
} from './dto/news.body';
import { NewsFeedQueryParams } from './dto/news-feed.query';
import { decodeCursor, encodeCursor } from './news-cursor';
import { acknowledgementStats } from './news-acknowledgements';
import { NewsEntity } from './news.entity';
import { FirstPage, NewsFeedCache } from './news-feed-cache';
import { NewsNotifier } from './news-notifier';
import { NewsFilesRepository } from './news-files.repository';
import { toCoverDto, toFilesView, toFilesViews } from './news-files.mapper';
import { toNewsDto, toNewsSummary } from './news.mapper';
import { isNetworkAuthor, isPublic, mayAddress, mayEdit, mayRead } from './news.policy';
import { hasFilter, NewsFeedFilter, NewsRepository } from './news.repository';

const NOT_FOUND = 'Diese Neuigkeit gibt es nicht oder sie ist nicht für Sie bestimmt.';

@Injectable()
export class NewsService {
  constructor(
    private readonly news: NewsRepository,
    private readonly viewers: AudienceViewerService,
    private readonly clock: Clock,
    private readonly files: NewsFilesRepository,
    private readonly notifier: NewsNotifier,
    private readonly audit: AuditLog,
    private readonly feedCache: NewsFeedCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async feed(user: SessionUser, query: NewsFeedQueryParams): Promise<NewsFeedDto> {
    const now = this.clock.now();
    const viewer = await this.viewers.forUser(user);
    const filter = toFilter(query);
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    // Pinned items lead the unfiltered feed, once, on its first page.
    const pinnedBefore = after?.pinnedBefore;
    const first =
      after || filter.archived || hasFilter(filter)
        ? withReadMarks({
            pinned: [],
            rows: await this.news.feed(
              viewer,
              now,
              { ...filter, pinnedBefore },
              after,
              query.limit + 1,
              user.id,
            ),
            pinnedBefore,
          })
        : await this.firstPage(viewer, now, query.limit + 1, user.id);
    const { pinned, rows, read } = first;
    const page = rows.slice(0, query.limit);
    const summaries = [...pinned, ...page].map((row) =>
      toNewsSummary(row, {
        now,
        unread: !read.has(row.id),
        cover: row.cover ? toCoverDto(row.cover) : null,
      }),
    );
    const last = page.at(-1);
    return {
      pinned: summaries.slice(0, pinned.length),
      items: summaries.slice(pinned.length),
      nextCursor:
        rows.length > query.limit && last?.publishedAt
          ? encodeCursor({ publishedAt: last.publishedAt, id: last.id, pinnedBefore: first.pinnedBefore })
          : null,
    };
  }

  /**
   * The Start page's first page: everyone of an audience sees the same one, so this process keeps
   * it while nothing changes (NewsFeedCache) and looks up only the reader's marks it does not know.
   */
  private async firstPage(
    viewer: AudienceViewer,
    now: Date,
    limit: number,
    userId: string,
  ): Promise<FirstPage & { read: Set<string> }> {
    const key = NewsFeedCache.key(viewer, limit);
    const cached = this.feedCache.page(key, now);
    if (cached) {
      const ids = idsOf(cached);
      let read = this.feedCache.readIds(userId, ids);
      if (!read) {
        const readVersion = this.feedCache.readVersion();
        read = await this.news.readIds(userId, ids);
        this.feedCache.rememberReads(userId, ids, read, readVersion);
      }
      return { ...cached, read };
    }
    const pageVersion = this.feedCache.pageVersion();
    const readVersion = this.feedCache.readVersion();
    const [page, nextPublication] = await Promise.all([
      this.news.firstPage(viewer, now, limit, userId),
      this.feedCache.keeping() ? this.news.nextPublication(now) : null,
    ]);
    const withRead = withReadMarks(page);
    this.feedCache.rememberReads(userId, idsOf(page), withRead.read, readVersion);
    // Shared with every reader of this audience from now on: without this reader's marks.
    for (const item of [...page.pinned, ...page.rows]) item.readMark = undefined;
    this.feedCache.rememberPage(key, page, now, nextPublication, pageVersion);
    return withRead;
  }

  async desk(user: SessionUser): Promise<NewsDraftListDto> {
    const now = this.clock.now();
    const rows = await this.news.desk(user.id, user.organisationId, now);
    const covers = toFilesViews(await this.files.covers(rows.map((row) => row.id)));
    return {
      items: rows.map((row) =>
        toNewsSummary(row, { now, unread: false, cover: covers.get(row.id)?.cover ?? null }),
      ),
    };
  }

  /** The item as this reader may see it; opening it clears its unread mark and its notification. */
  async get(user: SessionUser, id: string): Promise<NewsDto> {
    const item = await this.visible(user, id);
    const now = this.clock.now();
    if (isPublic(item, now)) {
      await Promise.all([this.news.markRead(item.id, user.id, now), this.notifier.seen(item.id, user.id)]);
      // The notification reaches this process a moment later; the reader's next page may be sooner.
      this.feedCache.forgetReads(user.id);
    }
    return this.toDto(user, item, now);
  }

  async create(user: SessionUser, body: CreateNewsBody): Promise<NewsDto> {
    this.assertAudience(user, body.audience);
    this.assertDates(body);
    const created = await this.news.insert({
      ...contentOf(body),
      organisationId: user.organisationId,
      authorId: user.id,
      status: NewsStatus.Draft,
    });
    return this.get(user, created.id);
  }

  async update(user: SessionUser, id: string, body: UpdateNewsBody): Promise<NewsDto> {
    const item = await this.editable(user, id);
    this.assertAudience(user, body.audience);
    // The editor sends the dates back as loaded: a pin that has ended or an expiry that has passed
    // must not block a correction of the text.
    this.assertDates(body, item);
    const changed = await this.changeIfVersion(id, body.version, {
      ...contentOf(body),
      // Readers see „aktualisiert am“ once a published item changes.
      ...(isPublic(item, this.clock.now()) && { editedAt: this.clock.now() }),
    });
    if (!changed) throw staleVersion();
    return this.get(user, id);
  }

  /**
   * Publishes now, or schedules for `publishAt`; the feed shows it from that time on. An item
   * already live keeps its date (no-op): re-dating it would move it to the top of every feed.
   */
  async publish(user: SessionUser, id: string, body: PublishNewsBody): Promise<NewsDto> {
    const item = await this.editable(user, id);
    const now = this.clock.now();
    if (item.status === NewsStatus.Published && isPublic(item, now)) return this.toDto(user, item, now);
    // Back from the archive: it keeps its original date (and place in the feed) and is marked
    // „aktualisiert am“, like any other change after publishing.
    const original = item.status === NewsStatus.Archived ? item.publishedAt : null;
    const republished = !!original;
    const publishAt = original ?? (body.publishAt ? new Date(body.publishAt) : now);
    const changed = await this.changeIfVersion(
      id,
      body.version,
      republished
        ? { status: NewsStatus.Published, editedAt: now }
        : {
            status: NewsStatus.Published,
            publishedAt: publishAt.getTime() < now.getTime() ? now : publishAt,
          },
    );
    if (!changed) throw staleVersion();
    await this.audit.record({
      action: AuditAction.NewsPublished,
      actor: user,
      target: { type: 'news', id },
      summary:
        !republished && body.publishAt && publishAt.getTime() > now.getTime()
          ? `${item.title} (geplant für ${publishAt.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })})`
          : item.title,
    });
    await this.notifier.requestSweep();
    return this.get(user, id);
  }

  /**
   * Back to a draft before its time: without a publication date it leaves the search index (the
   * index follows status and date) and the notification sweep (which looks for published items).
   */
  async unschedule(user: SessionUser, id: string, body: UnscheduleNewsBody): Promise<NewsDto> {
    const item = await this.editable(user, id);
    if (item.status !== NewsStatus.Published || isPublic(item, this.clock.now())) {
      throw new DomainError(
        ErrorCode.Conflict,
        'Nur geplante Neuigkeiten können zurück in den Entwurf. Diese Neuigkeit ist nicht (mehr) geplant.',
      );
    }
    const changed = await this.changeIfVersion(id, body.version, {
      status: NewsStatus.Draft,
      publishedAt: null,
    });
    if (!changed) throw staleVersion();
    await this.audit.record({
      action: AuditAction.NewsUnscheduled,
      actor: user,
      target: { type: 'news', id },
      summary: item.title,
    });
    return this.get(user, id);
  }

  /** Out of the feed at once; stays readable by link and in the archive. */
  async archive(user: SessionUser, id: string, body: ArchiveNewsBody): Promise<NewsDto> {
    const item = await this.editable(user, id);
    if (item.status !== NewsStatus.Published) {
      throw new DomainError(ErrorCode.Conflict, 'Nur veröffentlichte Neuigkeiten können archiviert werden.');
    }
    if (!(await this.changeIfVersion(id, body.version, { status: NewsStatus.Archived })))
      throw staleVersion();
    await this.audit.record({
      action: AuditAction.NewsArchived,
      actor: user,
      target: { type: 'news', id },
      summary: item.title,
    });
    return this.get(user, id);
  }

  /** Every change of an item goes through here: this process's feed pages are stale at once. */
  private async changeIfVersion(id: string, version: number, changes: Partial<NewsEntity>): Promise<boolean> {
    const changed = await this.news.updateIfVersion(id, version, changes);
    if (changed) this.feedCache.forgetPages();
    return changed;
  }

  /** „Zur Kenntnis genommen“ — only for important items the reader can see. */
  async acknowledge(user: SessionUser, id: string): Promise<NewsDto> {
    const item = await this.visible(user, id);
    const now = this.clock.now();
    if (!item.important || !isPublic(item, now)) {
      throw new DomainError(ErrorCode.Conflict, 'Nur veröffentlichte wichtige Neuigkeiten werden bestätigt.');
    }
    await this.news.acknowledge(item.id, user.id, user.organisationId, now);
    return this.toDto(user, item, now);
  }

  /** Rates per Jobcenter and in total — for the author and coordinators, never who read what. */
  async acknowledgements(user: SessionUser, id: string): Promise<AcknowledgementStatsDto> {
    const item = await this.visible(user, id);
    if (!mayViewAcknowledgements(user, item)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'Die Bestätigungen sieht nur, wer die Neuigkeit verfasst hat, und die Koordination.',
      );
    }
    const rows = await this.news.acknowledgementCounts(item.id, item.audience);
    return acknowledgementStats(rows, this.config.acknowledgementMinGroup);
  }

  /** The same audience rule as authoring (`assertAudience`), then a count — never who. */
  async audiencePreview(user: SessionUser, audience: AudienceDto): Promise<{ recipients: number }> {
    this.assertAudience(user, audience);
    return { recipients: await this.news.audienceSize(audience) };
  }

  preview(body: string): { html: string } {
    return { html: renderMarkdown(body) };
  }

  private async toDto(user: SessionUser, item: NewsEntity, now: Date): Promise<NewsDto> {
    const acknowledgement = item.important ? await this.news.acknowledgement(item.id, user.id) : null;
    const [read, files] = await Promise.all([
      this.news.readIds(user.id, [item.id]),
      this.files.ofNews(item.id),
    ]);
    const editor = mayEdit(user, item);
    // Only editors can act on a scanned PDF (replace it), so only they are told; one query for all files.
    const withoutText = editor
      ? await this.files.withoutText(files.filter((link) => link.role === 'attachment'))
      : null;
    return toNewsDto(
      item,
      { now, unread: !read.has(item.id) },
      {
        acknowledgedAt: acknowledgement?.acknowledgedAt ?? null,
        mayEdit: editor,
        mayViewAcknowledgements: mayViewAcknowledgements(user, item),
      },
      toFilesView(files, hasPermission(user.roles, Permission.FilesInspect), withoutText),
    );
  }

  /** Loads an item this user may see; anything else is „not found“, so ids reveal nothing. */
  async visible(user: SessionUser, id: string): Promise<NewsEntity> {
    const item = await this.news.findById(id);
    if (!item || !mayRead(user, await this.viewers.forUser(user), item, this.clock.now()))
      throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return item;
  }

  async editable(user: SessionUser, id: string): Promise<NewsEntity> {
    const item = await this.visible(user, id);
    if (!mayEdit(user, item))
      throw new DomainError(ErrorCode.Forbidden, 'Diese Neuigkeit dürfen Sie nicht ändern.');
    return item;
  }

  private assertAudience(user: SessionUser, audience: AudienceDto): void {
    if (!mayAddress(user, audience)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'Redaktionen veröffentlichen nur für das eigene Jobcenter. Wählen Sie Ihr Jobcenter als Zielgruppe.',
      );
    }
  }

  /** New or changed dates must lie ahead; a date kept as stored may have passed meanwhile. */
  private assertDates(body: CreateNewsBody, stored?: NewsEntity): void {
    const now = this.clock.now().getTime();
    const past = (value: string | null | undefined, before: Date | null | undefined): boolean =>
      !!value && new Date(value).getTime() <= now && new Date(value).getTime() !== before?.getTime();
    const errors: Record<string, string[]> = {};
    if (past(body.pinnedUntil, stored?.pinnedUntil))
      errors['pinnedUntil'] = ['„Oben angeheftet bis“ muss in der Zukunft liegen.'];
    if (past(body.expiresAt, stored?.expiresAt))
      errors['expiresAt'] = ['Das Ablaufdatum muss in der Zukunft liegen.'];
    if (Object.keys(errors).length > 0) throw new DomainError(ErrorCode.ValidationFailed, undefined, errors);
  }
}

function mayViewAcknowledgements(user: SessionUser, item: NewsEntity): boolean {
  return item.important && (isNetworkAuthor(user) || item.authorId === user.id);
}

function contentOf(body: CreateNewsBody): Partial<NewsEntity> {
  return {
    title: body.title,
    teaser: body.teaser,
    body: body.body,
    category: body.category,
    important: body.important ?? false,
    commentsEnabled: body.commentsEnabled ?? true,
    pinnedUntil: body.pinnedUntil ? new Date(body.pinnedUntil) : null,
    expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
    audience: copyAudience(body.audience),
  };
}

function toFilter(query: NewsFeedQueryParams): NewsFeedFilter {
  return {
    category: query.category,
    state: query.state,
    from: query.from,
    to: query.to,
    words: query.q || undefined,
    archived: query.archived ?? false,
  };
}

function staleVersion(): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    'Jemand hat diese Neuigkeit inzwischen geändert. Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.',
  );
}

function idsOf(page: FirstPage): string[] {
  return [...page.pinned, ...page.rows].map((item) => item.id);
}

/** The ids of the items whose read mark the query joined. */
function withReadMarks<T extends FirstPage>(page: T): T & { read: Set<string> } {
  const read = new Set([...page.pinned, ...page.rows].filter((item) => item.readMark).map((item) => item.id));
  return { ...page, read };
}
