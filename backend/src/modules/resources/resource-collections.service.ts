import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResourceCollectionDto, ResourceCollectionListDto } from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { SaveCollectionBody, SetCollectionItemsBody } from './dto/collection.body';
import { excerptOf } from './resource.mapper';
import { mayManage } from './resource.policy';
import { ResourceAccess } from './resource-access';
import { ResourceCollectionEntity, ResourceCollectionItemEntity } from './resource-relations.entity';
import { ResourceViews } from './resource-views';
import { ResourcesRepository } from './resources.repository';

const NOT_FOUND = 'Diese Sammlung gibt es nicht.';
const LIST_MAX = 200;

/**
 * Curated, ordered collections. A collection only ever shows (and counts) the resources the
 * viewer may see: every read goes through the list's audience rule.
 */
@Injectable()
export class ResourceCollectionsService {
  constructor(
    private readonly resources: ResourcesRepository,
    private readonly access: ResourceAccess,
    private readonly views: ResourceViews,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(user: SessionUser): Promise<ResourceCollectionListDto> {
    const collections = await this.dataSource
      .getRepository(ResourceCollectionEntity)
      .find({ order: { createdAt: 'ASC', id: 'ASC' }, take: LIST_MAX });
    const items = collections.length
      ? await this.dataSource
          .getRepository(ResourceCollectionItemEntity)
          .createQueryBuilder('item')
          .where('item.collectionId IN (:...ids)', { ids: collections.map((collection) => collection.id) })
          .getMany()
      : [];
    const visible = new Set(
      (
        await this.resources.visibleByIds(
          [...new Set(items.map((item) => item.resourceId))],
          await this.access.listViewer(user),
        )
      ).map((resource) => resource.id),
    );
    return {
      items: collections.map((collection) => ({
        id: collection.id,
        title: collection.title,
        excerpt: excerptOf(collection.intro),
        itemCount: items.filter((item) => item.collectionId === collection.id && visible.has(item.resourceId))
          .length,
        demo: collection.demo,
      })),
    };
  }

  async get(user: SessionUser, id: string): Promise<ResourceCollectionDto> {
    const collection = await this.find(id);
    const items = await this.dataSource
      .getRepository(ResourceCollectionItemEntity)
      .find({ where: { collectionId: id }, order: { position: 'ASC' } });
    const rows = await this.resources.visibleByIds(
      items.map((item) => item.resourceId),
      await this.access.listViewer(user),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = items.flatMap((item) => {
      const row = byId.get(item.resourceId);
      return row ? [row] : [];
    });
    return {
      id: collection.id,
      title: collection.title,
      intro: collection.intro,
      introHtml: renderMarkdown(collection.intro),
      items: await this.views.summaries(ordered),
      demo: collection.demo,
      version: collection.version,
      may: { edit: mayManage(user) },
    };
  }

  async create(user: SessionUser, body: SaveCollectionBody): Promise<ResourceCollectionDto> {
    const result = await this.dataSource
      .getRepository(ResourceCollectionEntity)
      .insert({ title: body.title, intro: body.intro, createdById: user.id });
    return this.get(user, (result.identifiers[0] as { id: string }).id);
  }

  async update(user: SessionUser, id: string, body: SaveCollectionBody): Promise<ResourceCollectionDto> {
    await this.find(id);
    await this.dataSource
      .getRepository(ResourceCollectionEntity)
      .update({ id }, { title: body.title, intro: body.intro });
    return this.get(user, id);
  }

  async remove(id: string): Promise<void> {
    await this.find(id);
    await this.dataSource.getRepository(ResourceCollectionEntity).delete({ id });
  }

  /**
   * Replaces the ordered list (add, remove, reorder in one). Only published resources may be
   * listed; an unknown or unpublished id is a 400 and nothing changes.
   */
  async setItems(
    user: SessionUser,
    id: string,
    body: SetCollectionItemsBody,
  ): Promise<ResourceCollectionDto> {
    await this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(
        'SELECT id FROM resource_collections WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (locked.length === 0) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      if (body.resourceIds.length > 0) {
        const found: { id: string }[] = await manager.query(
          `SELECT id FROM resources WHERE id = ANY($1::uuid[]) AND status = 'published'`,
          [body.resourceIds],
        );
        if (found.length !== body.resourceIds.length) {
          throw new DomainError(ErrorCode.ValidationFailed, undefined, {
            resourceIds: ['Mindestens eine Ressource gibt es nicht oder sie ist nicht veröffentlicht.'],
          });
        }
      }
      await manager.getRepository(ResourceCollectionItemEntity).delete({ collectionId: id });
      if (body.resourceIds.length > 0) {
        await manager
          .getRepository(ResourceCollectionItemEntity)
          .insert(
            body.resourceIds.map((resourceId, position) => ({ collectionId: id, resourceId, position })),
          );
      }
      await manager.query(
        'UPDATE resource_collections SET version = version + 1, updated_at = now() WHERE id = $1',
        [id],
      );
    });
    return this.get(user, id);
  }

  private async find(id: string): Promise<ResourceCollectionEntity> {
    const collection = await this.dataSource.getRepository(ResourceCollectionEntity).findOneBy({ id });
    if (!collection) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return collection;
  }
}
