import { copyAudience } from '../../core/audience/audience.columns';
import type { NewsCoverDto, NewsDto, NewsSummaryDto } from '@portal/contracts';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import { NewsEntity } from './news.entity';
import type { NewsFilesView } from './news-files.mapper';

export function toNewsSummary(news: NewsEntity, cover: NewsCoverDto | null): NewsSummaryDto {
  return {
    id: news.id,
    title: news.title,
    teaser: news.teaser,
    category: news.category,
    important: news.important,
    publishedAt: news.publishedAt?.toISOString() ?? null,
    editedAt: news.editedAt?.toISOString() ?? null,
    organisation: news.organisation ? toOrganisationSummary(news.organisation) : null,
    author: news.author ? { id: news.author.id, displayName: news.author.displayName } : null,
    cover,
  };
}

export function toNewsDto(news: NewsEntity, files: NewsFilesView): NewsDto {
  return {
    ...toNewsSummary(news, files.cover),
    body: news.body,
    status: news.status,
    audience: copyAudience(news.audience),
    version: news.version,
    createdAt: news.createdAt.toISOString(),
    attachments: files.attachments,
  };
}
