import { Injectable } from '@nestjs/common';
import {
  ResourceDto,
  ResourcePageDto,
  ResourceProvidersDto,
  ResourceRatingDto,
  ResourceSummaryDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { ResourceListParams } from './dto/resource-list.query';
import { averageOf } from './resource.mapper';
import { mayManage } from './resource.policy';
import { ResourceAccess } from './resource-access';
import { ResourceViews } from './resource-views';
import { ResourcesRepository } from './resources.repository';

/** Reading the library: list, detail, providers, the review queue, one's suggestions, ratings. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly resources: ResourcesRepository,
    private readonly access: ResourceAccess,
    private readonly views: ResourceViews,
    private readonly clock: Clock,
  ) {}

  async list(user: SessionUser, query: ResourceListParams): Promise<ResourcePageDto> {
    if (query.brokenLinks && !mayManage(user))
      throw new DomainError(ErrorCode.Forbidden, 'Defekte Links sieht nur die Koordination.');
    const rows = await this.resources.list(
      {
        kind: query.kind,
        topicId: query.topicId,
        providerOrganisationId: query.providerOrganisationId,
        providerName: query.providerName?.trim() || undefined,
        brokenLinks: query.brokenLinks,
      },
      await this.access.listViewer(user),
      query.cursor ? decodeKeysetCursor(query.cursor) : undefined,
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: await this.views.summaries(page),
      nextCursor:
        rows.length > query.limit && last?.publishedAt
          ? encodeKeysetCursor({ time: last.publishedAt, id: last.id })
          : null,
    };
  }

  async providers(user: SessionUser): Promise<ResourceProvidersDto> {
    return { items: await this.resources.providers(await this.access.listViewer(user)) };
  }

  async get(user: SessionUser, id: string): Promise<ResourceDto> {
    const { resource } = await this.access.visible(user, id);
    return this.views.detail(user, resource);
  }

  async suggestions(): Promise<{ items: ResourceSummaryDto[] }> {
    return { items: await this.views.summaries(await this.resources.suggestions()) };
  }

  async mySuggestions(user: SessionUser): Promise<{ items: ResourceSummaryDto[] }> {
    return { items: await this.views.summaries(await this.resources.suggestionsOf(user.id)) };
  }

  async rate(user: SessionUser, id: string, value: number): Promise<ResourceRatingDto> {
    await this.access.published(user, id);
    await this.resources.rate(id, user.id, value, this.clock.now());
    return this.rating(user, id);
  }

  async unrate(user: SessionUser, id: string): Promise<ResourceRatingDto> {
    await this.access.published(user, id);
    await this.resources.unrate(id, user.id);
    return this.rating(user, id);
  }

  private async rating(user: SessionUser, id: string): Promise<ResourceRatingDto> {
    const resource = await this.resources.findById(id);
    if (!resource) throw new DomainError(ErrorCode.NotFound);
    return {
      average: averageOf(resource),
      count: resource.ratingCount,
      mine: await this.resources.myRating(id, user.id),
    };
  }
}
