import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasPermission, Permission, ResourceDto, ResourceSummaryDto, TaxonomyKey } from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { filesWithoutText } from '../search/extraction/files-without-text';
import { TaxonomiesService } from '../taxonomies/taxonomies.service';
import { toDetail, toFileDto, toSummary } from './resource.mapper';
import { mayManage } from './resource.policy';
import { ResourceFileEntity } from './resource-relations.entity';
import type { ResourceEntity } from './resource.entity';
import { RESOURCE_TARGET, ResourcesRepository } from './resources.repository';

/** Turns rows into DTOs with a fixed number of queries per page (topics, file counts). */
@Injectable()
export class ResourceViews {
  constructor(
    private readonly resources: ResourcesRepository,
    private readonly taxonomies: TaxonomiesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async summaries(rows: readonly ResourceEntity[]): Promise<ResourceSummaryDto[]> {
    const ids = rows.map((row) => row.id);
    const [terms, files] = await Promise.all([
      this.taxonomies.termsOf(RESOURCE_TARGET, ids),
      this.resources.fileCounts(ids),
    ]);
    return rows.map((row) =>
      toSummary(row, terms.get(row.id)?.get(TaxonomyKey.ResourceTopics) ?? [], files.get(row.id) ?? 0),
    );
  }

  async detail(user: SessionUser, resource: ResourceEntity): Promise<ResourceDto> {
    const [terms, links, mine] = await Promise.all([
      this.taxonomies.termsOf(RESOURCE_TARGET, [resource.id]),
      this.dataSource.getRepository(ResourceFileEntity).find({
        where: { resourceId: resource.id },
        relations: { file: true },
        order: { position: 'ASC' },
      }),
      this.resources.myRating(resource.id, user.id),
    ]);
    const manage = mayManage(user);
    const published = resource.status === 'published';
    const withoutText = manage
      ? await filesWithoutText(
          this.dataSource,
          links.map((link) => link.fileId),
        )
      : new Set<string>();
    const inspect = hasPermission(user.roles, Permission.FilesInspect);
    return toDetail(resource, {
      topics: terms.get(resource.id)?.get(TaxonomyKey.ResourceTopics) ?? [],
      files: links.map((link) => toFileDto(link, inspect, manage ? withoutText.has(link.fileId) : null)),
      mine,
      showSuggester: manage || resource.suggestedById === user.id,
      may: {
        edit: manage,
        review: manage && resource.status === 'suggested',
        rate: published && hasPermission(user.roles, Permission.ResourcesRead),
        comment: published && hasPermission(user.roles, Permission.CommentsWrite),
      },
    });
  }
}
