import { Injectable } from '@nestjs/common';
import type { AudienceViewer } from '@portal/contracts';
import { AudienceViewerService } from '../../core/audience/audience-viewer.service';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import type { ResourceEntity } from './resource.entity';
import { mayManage, mayRead } from './resource.policy';
import { ListViewer, ResourcesRepository } from './resources.repository';

export const RESOURCE_NOT_FOUND = 'Diese Ressource gibt es nicht oder sie ist nicht für Sie bestimmt.';

/** Loads resources for a user: what they may not see is „not found“ (404), so ids reveal nothing. */
@Injectable()
export class ResourceAccess {
  constructor(
    private readonly resources: ResourcesRepository,
    private readonly viewers: AudienceViewerService,
  ) {}

  async listViewer(user: SessionUser): Promise<ListViewer> {
    return mayManage(user) ? { manage: true } : { manage: false, viewer: await this.viewers.forUser(user) };
  }

  async visible(
    user: SessionUser,
    id: string,
  ): Promise<{ resource: ResourceEntity; viewer: AudienceViewer }> {
    const resource = await this.resources.findById(id);
    const viewer = await this.viewers.forUser(user);
    if (!resource || !mayRead(user, viewer, resource))
      throw new DomainError(ErrorCode.NotFound, RESOURCE_NOT_FOUND);
    return { resource, viewer };
  }

  /** For ratings and comments: readable and published (a suggestion cannot be rated yet). */
  async published(user: SessionUser, id: string): Promise<ResourceEntity> {
    const { resource } = await this.visible(user, id);
    if (resource.status !== 'published')
      throw new DomainError(
        ErrorCode.Conflict,
        'Bewerten und Kommentieren ist erst nach der Veröffentlichung möglich.',
      );
    return resource;
  }

  /** For the coordination's changes (the route already requires `resources:manage`). */
  async managed(user: SessionUser, id: string): Promise<ResourceEntity> {
    const resource = await this.resources.findById(id);
    if (!resource) throw new DomainError(ErrorCode.NotFound, RESOURCE_NOT_FOUND);
    if (!mayManage(user)) throw new DomainError(ErrorCode.Forbidden);
    return resource;
  }
}
