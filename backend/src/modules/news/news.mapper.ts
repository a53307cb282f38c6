import type { NewsCoverDto, NewsDto, NewsSummaryDto } from '@portal/contracts';
import { copyAudience } from '../../core/audience/audience.columns';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import { authorSummary } from '../users/author-summary';
import { NewsEntity } from './news.entity';
import type { NewsFilesView } from './news-files.mapper';
import { isPublic } from './news.policy';

/** What the mapping needs to know about the moment and the reader. */
export interface NewsReading {
  now: Date;
  unread: boolean;
  cover: NewsCoverDto | null;
}

export interface NewsPermissions {
  acknowledgedAt: Date | null;
  mayEdit: boolean;
  mayViewAcknowledgements: boolean;
}

export function isArchived(news: NewsEntity, now: Date): boolean {
  return news.status === 'archived' || (!!news.expiresAt && news.expiresAt.getTime() <= now.getTime());
}

export function toNewsSummary(news: NewsEntity, reading: NewsReading): NewsSummaryDto {
  return {
    id: news.id,
    title: news.title,
    teaser: news.teaser,
    category: news.category,
    important: news.important,
    demo: news.demo,
    publishedAt: news.publishedAt?.toISOString() ?? null,
    editedAt: news.editedAt?.toISOString() ?? null,
    organisation: news.organisation ? toOrganisationSummary(news.organisation) : null,
    author: authorSummary(news.author, news.authorDeleted),
    pinned: !!news.pinnedUntil && news.pinnedUntil.getTime() > reading.now.getTime(),
    unread: reading.unread,
    archived: isArchived(news, reading.now),
    cover: reading.cover,
  };
}

export function toNewsDto(
  news: NewsEntity,
  reading: Omit<NewsReading, 'cover'>,
  permissions: NewsPermissions,
  files: NewsFilesView,
): NewsDto {
  return {
    ...toNewsSummary(news, { ...reading, cover: files.cover }),
    body: news.body,
    bodyHtml: renderMarkdown(news.body),
    status: news.status,
    scheduled: news.status === 'published' && !isPublic(news, reading.now),
    audience: copyAudience(news.audience),
    commentsEnabled: news.commentsEnabled,
    pinnedUntil: news.pinnedUntil?.toISOString() ?? null,
    expiresAt: news.expiresAt?.toISOString() ?? null,
    acknowledgedAt: permissions.acknowledgedAt?.toISOString() ?? null,
    mayEdit: permissions.mayEdit,
    mayViewAcknowledgements: permissions.mayViewAcknowledgements,
    version: news.version,
    createdAt: news.createdAt.toISOString(),
    attachments: files.attachments,
  };
}
