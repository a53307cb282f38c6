import type { AuthorSummaryDto } from '../privacy/privacy.contract';
import type { AudienceDto } from '../news/audience.contract';
import type { OrganisationSummaryDto } from '../organisations/organisation.contract';
import type { FileScanDto } from '../storage/stored-file.contract';
import type { TaxonomyTermDto } from '../taxonomies/taxonomy.contract';

/** Kinds of resources in the Digitalisierung library. */
export const ResourceKind = {
  Guide: 'guide',
  Document: 'document',
  Link: 'link',
  Video: 'video',
  Tool: 'tool',
  WebinarRecording: 'webinar-recording',
  Template: 'template',
} as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];
export const RESOURCE_KINDS: readonly ResourceKind[] = Object.values(ResourceKind);

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  guide: 'Leitfaden',
  document: 'Dokument',
  link: 'Link',
  video: 'Video',
  tool: 'Werkzeug',
  'webinar-recording': 'Webinar-Aufzeichnung',
  template: 'Vorlage',
};

/** Suggested (waits for the coordination) → published, or rejected with a comment. */
export const ResourceStatus = {
  Suggested: 'suggested',
  Published: 'published',
  Rejected: 'rejected',
} as const;
export type ResourceStatus = (typeof ResourceStatus)[keyof typeof ResourceStatus];

export const RESOURCE_STATUS_LABELS: Readonly<Record<ResourceStatus, string>> = {
  suggested: 'Vorgeschlagen',
  published: 'Veröffentlicht',
  rejected: 'Abgelehnt',
};

/** Result of the background link check. */
export const LinkCheckStatus = {
  Unchecked: 'unchecked',
  Ok: 'ok',
  Broken: 'broken',
} as const;
export type LinkCheckStatus = (typeof LinkCheckStatus)[keyof typeof LinkCheckStatus];

export const LINK_CHECK_STATUS_LABELS: Readonly<Record<LinkCheckStatus, string>> = {
  unchecked: 'Noch nicht geprüft',
  ok: 'Erreichbar',
  broken: 'Nicht erreichbar',
};

export const RESOURCE_LIMITS = {
  title: 200,
  description: 20_000,
  providerName: 200,
  url: 2_000,
  topics: 10,
  reviewComment: 2_000,
  collectionTitle: 200,
  collectionIntro: 5_000,
  collectionItems: 100,
  attachments: 10,
} as const;

export interface ResourceProviderDto {
  /** The providing organisation of the network, if any. */
  organisation: OrganisationSummaryDto | null;
  /** Name to show: the organisation's name or an external provider's name (may be empty). */
  name: string;
}

export interface ResourceRatingDto {
  /** Average usefulness (1–5, one decimal), null without ratings. */
  average: number | null;
  count: number;
  /** The viewer's own rating; nobody sees anyone else's. */
  mine: number | null;
}

export interface ResourceLinkCheckDto {
  status: LinkCheckStatus;
  /** HTTP status of the last answer (after redirects), if one came. */
  httpStatus: number | null;
  /** German reason when broken, e.g. „HTTP 404“ or „Zeitüberschreitung“. */
  detail: string | null;
  checkedAt: string | null;
}

export interface ResourceFileDto {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
  /** `…/preview/thumb` once a preview exists (images, PDFs) and the scan cleared the file. */
  thumbnailUrl: string | null;
  scan: FileScanDto;
  /**
   * True when the search found no text in the file (a PDF without a text layer, e.g. a scan):
   * it is found by its name only. Only for people who may edit the resource, otherwise null.
   */
  textMissing: boolean | null;
}

export interface ResourceSummaryDto {
  id: string;
  kind: ResourceKind;
  title: string;
  /** Plain-text start of the description. */
  excerpt: string;
  topics: TaxonomyTermDto[];
  provider: ResourceProviderDto;
  /** Calendar date (YYYY-MM-DD) the resource was published by its provider. */
  publishedOn: string | null;
  url: string | null;
  status: ResourceStatus;
  rating: Omit<ResourceRatingDto, 'mine'>;
  link: ResourceLinkCheckDto | null;
  fileCount: number;
  demo: boolean;
  createdAt: string;
}

export interface ResourceDto extends ResourceSummaryDto {
  /** Markdown as written. */
  description: string;
  /** Rendered and sanitised on the server. */
  descriptionHtml: string;
  audience: AudienceDto;
  files: ResourceFileDto[];
  rating: ResourceRatingDto;
  /** Only for the coordination and the suggesting person. */
  suggestedBy: AuthorSummaryDto | null;
  reviewComment: string | null;
  publishedAt: string | null;
  version: number;
  may: { edit: boolean; review: boolean; rate: boolean; comment: boolean };
}

export interface ResourcePageDto {
  items: ResourceSummaryDto[];
  nextCursor: string | null;
}

export interface ResourceListQuery {
  kind?: ResourceKind;
  topicId?: string;
  providerOrganisationId?: string;
  providerName?: string;
  /** Coordination only: just resources whose link check failed. */
  brokenLinks?: boolean;
  cursor?: string;
  limit?: number;
}

/** What a suggestion carries (anyone signed in). */
export interface SuggestResourceRequest {
  kind: ResourceKind;
  title: string;
  description: string;
  url?: string | null;
  providerName?: string;
  publishedOn?: string | null;
  topicIds?: string[];
}

/** Coordination: create (published at once) or change a resource. */
export interface SaveResourceRequest extends SuggestResourceRequest {
  providerOrganisationId?: string | null;
  audience: AudienceDto;
}

export interface UpdateResourceRequest extends SaveResourceRequest {
  version: number;
}

export interface ReviewResourceRequest {
  version: number;
}

export interface RejectResourceRequest extends ReviewResourceRequest {
  comment: string;
}

export interface RateResourceRequest {
  /** 1 (wenig nützlich) to 5 (sehr nützlich). */
  value: number;
}

export interface ResourceProvidersDto {
  items: { organisationId: string | null; name: string }[];
}

export interface ResourceCollectionSummaryDto {
  id: string;
  title: string;
  /** Plain-text start of the intro. */
  excerpt: string;
  /** Resources of the collection the viewer may see. */
  itemCount: number;
  demo: boolean;
}

export interface ResourceCollectionDto {
  id: string;
  title: string;
  intro: string;
  introHtml: string;
  /** In the curated order; only what the viewer may see. */
  items: ResourceSummaryDto[];
  demo: boolean;
  version: number;
  may: { edit: boolean };
}

export interface ResourceCollectionListDto {
  items: ResourceCollectionSummaryDto[];
}

export interface SaveResourceCollectionRequest {
  title: string;
  intro: string;
}

/** The full ordered list (adding, removing and reordering in one request). */
export interface SetCollectionItemsRequest {
  resourceIds: string[];
}
