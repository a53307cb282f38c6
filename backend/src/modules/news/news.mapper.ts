import { copyAudience } from '../../core/audience/audience.columns';
import type { NewsDto, NewsSummaryDto } from '@portal/contracts';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import { NewsEntity } from './news.entity';

export function toNewsSummary(news: NewsEntity): NewsSummaryDto {
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
  };
}

export function toNewsDto(news: NewsEntity): NewsDto {
  return {
    ...toNewsSummary(news),
    body: news.body,
    status: news.status,
    audience: copyAudience(news.audience),
    version: news.version,
    createdAt: news.createdAt.toISOString(),
  };
}
