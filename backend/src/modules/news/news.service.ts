import { Injectable } from '@nestjs/common';
import { isInAudience, NewsDto, NewsFeedDto, NewsStatus } from '@portal/contracts';
import { copyAudience } from '../../core/audience/audience.columns';
import { AudienceViewerService } from '../../core/audience/audience-viewer.service';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CreateNewsBody, PublishNewsBody, UpdateNewsBody } from './dto/news.body';
import { NewsFeedQueryParams } from './dto/news-feed.query';
import { decodeCursor, encodeCursor } from './news-cursor';
import { NewsEntity } from './news.entity';
import { NewsFilesRepository } from './news-files.repository';
import { toFilesView, toFilesViews } from './news-files.mapper';
import { toNewsDto, toNewsSummary } from './news.mapper';
import { mayAddress, mayEdit } from './news.policy';
import { NewsRepository } from './news.repository';

const NOT_FOUND = 'Diese Neuigkeit gibt es nicht oder sie ist nicht für Sie bestimmt.';

@Injectable()
export class NewsService {
  constructor(
    private readonly news: NewsRepository,
    private readonly viewers: AudienceViewerService,
    private readonly clock: Clock,
    private readonly files: NewsFilesRepository,
  ) {}

  async feed(user: SessionUser, query: NewsFeedQueryParams): Promise<NewsFeedDto> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const rows = await this.news.feed(
      await this.viewers.forUser(user),
      this.clock.now(),
      after,
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const covers = toFilesViews(await this.files.covers(page.map((item) => item.id)));
    return {
      items: page.map((item) => toNewsSummary(item, covers.get(item.id)?.cover ?? null)),
      nextCursor:
        rows.length > query.limit && last?.publishedAt
          ? encodeCursor({ publishedAt: last.publishedAt, id: last.id })
          : null,
    };
  }

  async get(user: SessionUser, id: string): Promise<NewsDto> {
    const item = await this.visible(user, id);
    return toNewsDto(item, toFilesView(await this.files.ofNews(item.id)));
  }

  async create(user: SessionUser, body: CreateNewsBody): Promise<NewsDto> {
    this.assertAudience(user, body);
    const created = await this.news.insert({
      title: body.title,
      teaser: body.teaser,
      body: body.body,
      category: body.category,
      important: body.important ?? false,
      audience: copyAudience(body.audience),
      organisationId: user.organisationId,
      authorId: user.id,
      status: NewsStatus.Draft,
    });
    return this.get(user, created.id);
  }

  async update(user: SessionUser, id: string, body: UpdateNewsBody): Promise<NewsDto> {
    const item = await this.editable(user, id);
    this.assertAudience(user, body);
    const changed = await this.news.updateIfVersion(id, body.version, {
      title: body.title,
      teaser: body.teaser,
      body: body.body,
      category: body.category,
      important: body.important ?? false,
      audience: copyAudience(body.audience),
      // Readers see „aktualisiert am“ once a published item changes.
      ...(item.status === NewsStatus.Published && { editedAt: this.clock.now() }),
    });
    if (!changed) throw this.staleVersion();
    return this.get(user, id);
  }

  /** Publishes now, or schedules for `publishAt`; the feed shows it from that time on. */
  async publish(user: SessionUser, id: string, body: PublishNewsBody): Promise<NewsDto> {
    await this.editable(user, id);
    const now = this.clock.now();
    const publishAt = body.publishAt ? new Date(body.publishAt) : now;
    const changed = await this.news.updateIfVersion(id, body.version, {
      status: NewsStatus.Published,
      publishedAt: publishAt.getTime() < now.getTime() ? now : publishAt,
    });
    if (!changed) throw this.staleVersion();
    return this.get(user, id);
  }

  /** Loads an item this user may see; anything else is „not found“, so ids reveal nothing. */
  async visible(user: SessionUser, id: string): Promise<NewsEntity> {
    const item = await this.news.findById(id);
    if (!item) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    if (mayEdit(user, item)) return item;
    const published =
      item.status === NewsStatus.Published &&
      !!item.publishedAt &&
      item.publishedAt.getTime() <= this.clock.now().getTime();
    if (!published || !isInAudience(await this.viewers.forUser(user), item.audience))
      throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return item;
  }

  async editable(user: SessionUser, id: string): Promise<NewsEntity> {
    const item = await this.visible(user, id);
    if (!mayEdit(user, item))
      throw new DomainError(ErrorCode.Forbidden, 'Diese Neuigkeit dürfen Sie nicht ändern.');
    return item;
  }

  private assertAudience(user: SessionUser, body: CreateNewsBody): void {
    if (!mayAddress(user, body.audience)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'Redaktionen veröffentlichen nur für das eigene Jobcenter. Wählen Sie Ihr Jobcenter als Zielgruppe.',
      );
    }
  }

  private staleVersion(): DomainError {
    return new DomainError(
      ErrorCode.Conflict,
      'Jemand hat diese Neuigkeit inzwischen geändert. Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.',
    );
  }
}
