import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, EVERYONE, ResourceDto, TaxonomyKey } from '@portal/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { copyAudience } from '../../core/audience/audience.columns';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TaxonomiesService } from '../taxonomies/taxonomies.service';
import {
  RejectResourceBody,
  ReviewResourceBody,
  SaveResourceBody,
  SuggestResourceBody,
  UpdateResourceBody,
} from './dto/resource.body';
import { ResourceAccess } from './resource-access';
import { ResourceFilesService } from './resource-files.service';
import { ResourceWorkflowDeps } from './resource-workflow-deps';
import type { ResourceEntity } from './resource.entity';
import { ResourceViews } from './resource-views';
import { RESOURCE_TARGET, ResourcesRepository } from './resources.repository';

const STALE =
  'Jemand hat diese Ressource inzwischen geändert. Bitte laden Sie sie neu und übernehmen Sie Ihre Änderungen.';
const NOT_SUGGESTED = 'Diese Ressource wartet nicht (mehr) auf eine Prüfung.';

/**
 * Writing the library: suggestions, the coordination's create/edit/review/delete.
 * Every write of searchable text (title, description, provider, topics, audience, status)
 * goes through `suggest`, `create`, `update`, `accept`, `reject` and `remove` here — the place
 * for a search index to hook in.
 */
@Injectable()
export class ResourceWorkflowService {
  constructor(
    private readonly resources: ResourcesRepository,
    private readonly access: ResourceAccess,
    private readonly views: ResourceViews,
    private readonly taxonomies: TaxonomiesService,
    private readonly files: ResourceFilesService,
    private readonly deps: ResourceWorkflowDeps,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Anyone signed in: a suggestion for everyone, waiting for the coordination. */
  async suggest(user: SessionUser, body: SuggestResourceBody): Promise<ResourceDto> {
    const topicIds = body.topicIds ?? [];
    await this.taxonomies.validate(TaxonomyKey.ResourceTopics, topicIds, 'topicIds');
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.resources.insert(manager, {
        ...this.content(body),
        providerOrganisationId: null,
        audience: { ...EVERYONE },
        status: 'suggested',
        suggestedById: user.id,
      });
      await this.taxonomies.replace(manager, RESOURCE_TARGET, id, TaxonomyKey.ResourceTopics, topicIds);
      return id;
    });
    const resource = await this.load(id);
    await this.deps.notifier.suggested(resource, user.id);
    if (resource.url) await this.deps.links.enqueue(id);
    return this.views.detail(user, resource);
  }

  /** The coordination adds a resource: published at once. */
  async create(user: SessionUser, body: SaveResourceBody): Promise<ResourceDto> {
    await this.assertReferences(body);
    const now = this.deps.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.resources.insert(manager, {
        ...this.content(body),
        providerOrganisationId: body.providerOrganisationId ?? null,
        audience: copyAudience(body.audience),
        status: 'published',
        publishedAt: now,
      });
      await this.taxonomies.replace(
        manager,
        RESOURCE_TARGET,
        id,
        TaxonomyKey.ResourceTopics,
        body.topicIds ?? [],
      );
      await this.deps.audit.record(
        {
          action: AuditAction.ResourcePublished,
          actor: user,
          target: { type: RESOURCE_TARGET, id },
          summary: body.title,
        },
        manager,
      );
      return id;
    });
    const resource = await this.load(id);
    if (resource.url) await this.deps.links.enqueue(id);
    return this.views.detail(user, resource);
  }

  async update(user: SessionUser, id: string, body: UpdateResourceBody): Promise<ResourceDto> {
    const before = await this.access.managed(user, id);
    await this.assertReferences(body);
    const content = this.content(body);
    const urlChanged = content.url !== before.url;
    await this.dataSource.transaction(async (manager) => {
      const changes: Partial<ResourceEntity> = {
        ...content,
        providerOrganisationId: body.providerOrganisationId ?? null,
        audience: copyAudience(body.audience),
      };
      if (urlChanged)
        Object.assign(changes, {
          linkStatus: 'unchecked',
          linkHttpStatus: null,
          linkDetail: null,
          linkCheckedAt: null,
        });
      if ((await this.resources.updateIfVersion(manager, id, body.version, changes)) === null)
        throw new DomainError(ErrorCode.Conflict, STALE);
      await this.taxonomies.replace(
        manager,
        RESOURCE_TARGET,
        id,
        TaxonomyKey.ResourceTopics,
        body.topicIds ?? [],
      );
    });
    const resource = await this.load(id);
    if (urlChanged && resource.url && !resource.demo) await this.deps.links.enqueue(id);
    return this.views.detail(user, resource);
  }

  async accept(user: SessionUser, id: string, body: ReviewResourceBody): Promise<ResourceDto> {
    const before = await this.access.managed(user, id);
    if (before.status !== 'suggested') throw new DomainError(ErrorCode.Conflict, NOT_SUGGESTED);
    await this.dataSource.transaction(async (manager) => {
      const changes = {
        status: 'published' as const,
        publishedAt: this.deps.clock.now(),
        reviewComment: null,
      };
      if ((await this.resources.updateIfVersion(manager, id, body.version, changes)) === null)
        throw new DomainError(ErrorCode.Conflict, STALE);
      await this.deps.audit.record(
        {
          action: AuditAction.ResourcePublished,
          actor: user,
          target: { type: RESOURCE_TARGET, id },
          summary: before.title,
          details: { suggestedBy: before.suggestedById },
        },
        manager,
      );
    });
    const resource = await this.load(id);
    await this.deps.notifier.decided(resource, true, null, user.id);
    return this.views.detail(user, resource);
  }

  async reject(user: SessionUser, id: string, body: RejectResourceBody): Promise<ResourceDto> {
    const before = await this.access.managed(user, id);
    if (before.status !== 'suggested') throw new DomainError(ErrorCode.Conflict, NOT_SUGGESTED);
    await this.dataSource.transaction(async (manager) => {
      const changes = { status: 'rejected' as const, reviewComment: body.comment };
      if ((await this.resources.updateIfVersion(manager, id, body.version, changes)) === null)
        throw new DomainError(ErrorCode.Conflict, STALE);
      await this.deps.audit.record(
        {
          action: AuditAction.ResourceRejected,
          actor: user,
          target: { type: RESOURCE_TARGET, id },
          summary: before.title,
        },
        manager,
      );
    });
    const resource = await this.load(id);
    await this.deps.notifier.decided(resource, false, body.comment, user.id);
    return this.views.detail(user, resource);
  }

  /** Deletes the resource with its files, topics, ratings, collection places, comments and bookmarks. */
  async remove(user: SessionUser, id: string): Promise<void> {
    const resource = await this.access.managed(user, id);
    const keys = await this.dataSource.transaction(async (manager) => {
      const removed = await this.files.deleteAllOf(manager, id);
      await this.taxonomies.removeAll(manager, RESOURCE_TARGET, id);
      await manager.query(`DELETE FROM comments WHERE target_type = $1 AND target_id = $2`, [
        RESOURCE_TARGET,
        id,
      ]);
      await manager.query(`DELETE FROM bookmarks WHERE target_type = $1 AND target_id = $2`, [
        RESOURCE_TARGET,
        id,
      ]);
      await this.resources.delete(manager, id);
      await this.deps.audit.record(
        {
          action: AuditAction.ResourceDeleted,
          actor: user,
          target: { type: RESOURCE_TARGET, id },
          summary: resource.title,
        },
        manager,
      );
      return removed;
    });
    await this.files.removeContent(keys);
  }

  /** „Jetzt prüfen“ for the coordination. */
  async recheck(user: SessionUser, id: string): Promise<void> {
    const resource = await this.access.managed(user, id);
    if (!resource.url) throw new DomainError(ErrorCode.Conflict, 'Diese Ressource hat keinen Link.');
    if (resource.demo)
      throw new DomainError(ErrorCode.Conflict, 'Links von Demo-Einträgen werden nicht geprüft.');
    await this.deps.links.enqueue(id);
  }

  private content(body: SuggestResourceBody) {
    return {
      kind: body.kind,
      title: body.title,
      description: body.description,
      url: body.url ?? null,
      providerName: body.providerName ?? '',
      publishedOn: body.publishedOn ?? null,
    };
  }

  private async assertReferences(body: SaveResourceBody): Promise<void> {
    await this.taxonomies.validate(TaxonomyKey.ResourceTopics, body.topicIds ?? [], 'topicIds');
    if (body.providerOrganisationId) {
      const exists = await this.dataSource
        .getRepository(OrganisationEntity)
        .existsBy({ id: body.providerOrganisationId });
      if (!exists)
        throw new DomainError(ErrorCode.ValidationFailed, undefined, {
          providerOrganisationId: ['Diese Organisation gibt es nicht.'],
        });
    }
    const audienceOrganisations = [...new Set(body.audience.organisationIds)];
    const unknown = audienceOrganisations.length
      ? audienceOrganisations.length -
        (await this.dataSource
          .getRepository(OrganisationEntity)
          .countBy(audienceOrganisations.map((id) => ({ id }))))
      : 0;
    if (unknown > 0)
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        'audience.organisationIds': ['Mindestens eine ausgewählte Organisation gibt es nicht.'],
      });
  }

  private async load(id: string, manager?: EntityManager): Promise<ResourceEntity> {
    const resource = await this.resources.findById(id, manager);
    if (!resource) throw new DomainError(ErrorCode.NotFound);
    return resource;
  }
}
