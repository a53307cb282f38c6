import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import type { CommentTarget } from '../comments/comment-target';
import { CommentTargetRegistry } from '../comments/comment-target.registry';
import { readersAmong } from '../comments/readers-among';
import { RESOURCE_NOT_FOUND, ResourceAccess } from './resource-access';
import type { ResourceEntity } from './resource.entity';
import { mayRead } from './resource.policy';
import { RESOURCE_TARGET, ResourcesRepository } from './resources.repository';

const CLOSED = 'Kommentare sind erst nach der Veröffentlichung möglich.';

/**
 * Comments on resources (also the target for Merkliste and „Melden“): whoever may open the
 * resource reads the thread; comments are open once it is published.
 */
@Injectable()
export class ResourceCommentTarget implements CommentTarget, OnModuleInit {
  readonly type = RESOURCE_TARGET;

  constructor(
    private readonly registry: CommentTargetRegistry,
    private readonly access: ResourceAccess,
    private readonly resources: ResourcesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async assertReadable(user: SessionUser, targetId: string): Promise<void> {
    await this.access.visible(user, targetId);
  }

  async assertOpen(targetId: string): Promise<void> {
    if (!(await this.isOpen(targetId))) throw new DomainError(ErrorCode.Conflict, CLOSED);
  }

  async isOpen(targetId: string): Promise<boolean> {
    return (await this.item(targetId)).status === 'published';
  }

  async authorId(targetId: string): Promise<string | null> {
    return (await this.item(targetId)).suggestedById;
  }

  async describe(targetId: string): Promise<{ title: string; link: string }> {
    const item = await this.item(targetId);
    return { title: item.title, link: `/digitalisierung/${item.id}` };
  }

  /** The detail page's rule (`mayRead`, audience included) for other people. */
  async audienceAllows(userIds: readonly string[], targetId: string): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const item = await this.item(targetId);
    return readersAmong(this.dataSource, userIds, ({ user, state }) =>
      mayRead(user, { roles: user.roles, organisationId: user.organisationId, state }, item),
    );
  }

  private async item(id: string): Promise<ResourceEntity> {
    const item = await this.resources.findById(id);
    if (!item) throw new DomainError(ErrorCode.NotFound, RESOURCE_NOT_FOUND);
    return item;
  }
}
