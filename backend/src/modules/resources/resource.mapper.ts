import type {
  ResourceDto,
  ResourceFileDto,
  ResourceLinkCheckDto,
  ResourceProviderDto,
  ResourceSummaryDto,
  TaxonomyTermDto,
} from '@portal/contracts';
import { copyAudience } from '../../core/audience/audience.columns';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { toFileScanDto } from '../../core/storage/processing/file-availability';
import { previewUrls } from '../../core/storage/processing/preview-urls';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import type { ResourceFileEntity } from './resource-relations.entity';
import type { ResourceEntity } from './resource.entity';
import { authorSummary } from '../users/author-summary';

const EXCERPT = 220;

/** Markdown → a plain-text start for cards (no markup, collapsed blanks). */
export function excerptOf(markdown: string): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
}

export function providerOf(resource: ResourceEntity): ResourceProviderDto {
  const organisation = resource.providerOrganisation ?? null;
  return {
    organisation: organisation ? toOrganisationSummary(organisation) : null,
    name: organisation?.name ?? resource.providerName,
  };
}

export function linkOf(resource: ResourceEntity): ResourceLinkCheckDto | null {
  if (!resource.url) return null;
  return {
    status: resource.linkStatus,
    httpStatus: resource.linkHttpStatus,
    detail:
      resource.demo && resource.linkStatus === 'unchecked'
        ? 'Demo-Eintrag: wird nicht geprüft'
        : resource.linkDetail,
    checkedAt: resource.linkCheckedAt?.toISOString() ?? null,
  };
}

export function averageOf(resource: ResourceEntity): number | null {
  return resource.ratingCount > 0 ? Math.round((resource.ratingSum / resource.ratingCount) * 10) / 10 : null;
}

export function toSummary(
  resource: ResourceEntity,
  topics: TaxonomyTermDto[],
  fileCount: number,
): ResourceSummaryDto {
  return {
    id: resource.id,
    kind: resource.kind,
    title: resource.title,
    excerpt: excerptOf(resource.description),
    topics,
    provider: providerOf(resource),
    publishedOn: resource.publishedOn,
    url: resource.url,
    status: resource.status,
    rating: { average: averageOf(resource), count: resource.ratingCount },
    link: linkOf(resource),
    fileCount,
    demo: resource.demo,
    createdAt: resource.createdAt.toISOString(),
  };
}

/** `textMissing`: whether the search found no text in it, for editors only (null for everyone else). */
export function toFileDto(
  link: ResourceFileEntity,
  inspect: boolean,
  textMissing: boolean | null = null,
): ResourceFileDto {
  const file = link.file;
  const url = `/api/resources/${link.resourceId}/files/${link.fileId}`;
  const scan = toFileScanDto(file ?? { scanStatus: 'pending', scanDetail: null, scannedAt: null }, inspect);
  return {
    id: link.fileId,
    name: file?.originalName ?? '',
    mediaType: file?.mediaType ?? 'application/octet-stream',
    size: Number(file?.size ?? 0),
    url,
    thumbnailUrl: previewUrls(url, file).thumbnailUrl,
    scan,
    textMissing,
  };
}

export function toDetail(
  resource: ResourceEntity,
  parts: {
    topics: TaxonomyTermDto[];
    files: ResourceFileDto[];
    mine: number | null;
    showSuggester: boolean;
    may: ResourceDto['may'];
  },
): ResourceDto {
  return {
    ...toSummary(resource, parts.topics, parts.files.length),
    description: resource.description,
    descriptionHtml: renderMarkdown(resource.description),
    audience: copyAudience(resource.audience),
    files: parts.files,
    rating: { average: averageOf(resource), count: resource.ratingCount, mine: parts.mine },
    suggestedBy: parts.showSuggester
      ? authorSummary(resource.suggestedBy, resource.suggestedByDeleted)
      : null,
    reviewComment: parts.showSuggester ? resource.reviewComment : null,
    publishedAt: resource.publishedAt?.toISOString() ?? null,
    version: resource.version,
    may: parts.may,
  };
}
