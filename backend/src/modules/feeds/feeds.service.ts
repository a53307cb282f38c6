import { Inject, Injectable } from '@nestjs/common';
import {
  AudienceViewer,
  FeedTokenCreatedDto,
  FeedTokenStatusDto,
  NEWS_CATEGORY_LABELS,
} from '@portal/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AudienceViewerService } from '../../core/audience/audience-viewer.service';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { toIcsEvent } from '../events/events.mapper';
import { EventsRepository } from '../events/events.repository';
import { writeCalendar } from '../events/ics-writer';
import type { NewsEntity } from '../news/news.entity';
import { NewsRepository } from '../news/news.repository';
import type { UserEntity } from '../users/user.entity';
import { writeAtom } from './atom-writer';
import { hashFeedToken, looksLikeFeedToken, newFeedToken } from './feed-token';
import { FeedTokensRepository } from './feed-tokens.repository';

const DAY = 86_400_000;
const NEWS_ENTRIES = 50;
const PORTAL = 'Netzwerk-Portal der kommunalen Jobcenter';

@Injectable()
export class FeedsService {
  constructor(
    private readonly tokens: FeedTokensRepository,
    private readonly events: EventsRepository,
    private readonly news: NewsRepository,
    private readonly viewers: AudienceViewerService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(user: SessionUser): Promise<FeedTokenStatusDto> {
    const token = await this.tokens.findByUser(user.id);
    return { exists: token !== null, createdAt: token?.createdAt.toISOString() ?? null };
  }

  /** A new token replaces the old one; the URLs are only ever shown in this answer. */
  async rotate(user: SessionUser): Promise<FeedTokenCreatedDto> {
    const token = newFeedToken();
    const createdAt = await this.tokens.replace(user.id, hashFeedToken(token), this.clock.now());
    return {
      createdAt: createdAt.toISOString(),
      calendarUrl: this.url(`/api/feeds/${token}/termine.ics`),
      newsUrl: this.url(`/api/feeds/${token}/neuigkeiten.atom`),
    };
  }

  revoke(user: SessionUser): Promise<void> {
    return this.tokens.remove(user.id);
  }

  /** Upcoming events and those of the last 30 days, for the token's user as they are now. */
  async calendar(token: string): Promise<string> {
    const viewer = await this.viewers.forUser(await this.owner(token));
    const now = this.clock.now();
    const rows = await this.events.endingAfter(viewer, new Date(now.getTime() - 30 * DAY));
    return writeCalendar({
      name: 'Netzwerk-Portal: Termine',
      stamp: now,
      events: rows.map((row) => toIcsEvent(row, this.config.publicUrl)),
    });
  }

  async newsFeed(token: string): Promise<string> {
    const viewer = await this.viewers.forUser(await this.owner(token));
    const now = this.clock.now();
    const items = await this.latestNews(viewer, now);
    const entries = items.map((item) => {
      const published = item.publishedAt ?? item.createdAt;
      return {
        id: `urn:uuid:${item.id}`,
        title: item.title,
        summary: item.teaser,
        link: this.url(`/neuigkeiten/${item.id}`),
        published,
        updated: item.editedAt ?? published,
        author: item.author?.displayName ?? item.organisation?.name ?? PORTAL,
        category: NEWS_CATEGORY_LABELS[item.category] ?? null,
      };
    });
    const updated = entries.reduce(
      (latest, entry) => (entry.updated > latest ? entry.updated : latest),
      entries[0]?.updated ?? now,
    );
    return writeAtom({
      id: this.url('/neuigkeiten'),
      title: `${PORTAL}: Neuigkeiten`,
      subtitle: 'Die für Sie bestimmten Neuigkeiten aus dem Netzwerk.',
      link: this.url('/neuigkeiten'),
      updated,
      author: PORTAL,
      entries,
    });
  }

  /**
   * The newest published items this viewer may read (the first page of their news feed). The one
   * place that depends on NewsRepository.feed's signature.
   */
  private latestNews(viewer: AudienceViewer, now: Date): Promise<NewsEntity[]> {
    return this.news.feed(viewer, now, { archived: false, includePinned: true }, undefined, NEWS_ENTRIES);
  }

  /** Unknown, revoked and malformed tokens are all simply „not found“. */
  private async owner(token: string): Promise<UserEntity> {
    const user = looksLikeFeedToken(token) ? await this.tokens.userByHash(hashFeedToken(token)) : null;
    if (!user) throw new DomainError(ErrorCode.NotFound, 'Diesen Feed gibt es nicht (mehr).');
    return user;
  }

  private url(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }
}
