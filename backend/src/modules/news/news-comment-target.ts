import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import type { CommentTarget } from '../comments/comment-target';
import { CommentTargetRegistry } from '../comments/comment-target.registry';
import { UserEntity } from '../users/user.entity';
import { NewsEntity } from './news.entity';
import { isPublic, mayRead } from './news.policy';
import { NewsRepository } from './news.repository';
import { NewsService } from './news.service';

const CLOSED = 'Kommentare sind für diesen Beitrag geschlossen.';
const NOT_PUBLISHED =
  'Kommentare sind erst möglich, wenn die Neuigkeit veröffentlicht ist. Diese Neuigkeit ist noch ein Entwurf oder geplant.';
const NOT_FOUND = 'Diese Neuigkeit gibt es nicht oder sie ist nicht für Sie bestimmt.';

/** Comments on news items: whoever may open the item (GET /api/news/:id) may read its thread. */
@Injectable()
export class NewsCommentTarget implements CommentTarget, OnModuleInit {
  readonly type = 'news';

  constructor(
    private readonly registry: CommentTargetRegistry,
    private readonly newsService: NewsService,
    private readonly news: NewsRepository,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async assertReadable(user: SessionUser, targetId: string): Promise<void> {
    // The detail route's own check: same 404 for unknown, unpublished and out-of-audience items.
    await this.newsService.visible(user, targetId);
  }

  async assertOpen(targetId: string): Promise<void> {
    const item = await this.item(targetId);
    // Its editors can open a draft or a scheduled item; readers cannot, so no thread yet.
    if (!isPublic(item, this.clock.now())) throw new DomainError(ErrorCode.Conflict, NOT_PUBLISHED);
    if (!item.commentsEnabled) throw new DomainError(ErrorCode.Conflict, CLOSED);
  }

  async isOpen(targetId: string): Promise<boolean> {
    const item = await this.item(targetId);
    return item.commentsEnabled && isPublic(item, this.clock.now());
  }

  async authorId(targetId: string): Promise<string | null> {
    return (await this.item(targetId)).authorId;
  }

  async describe(targetId: string): Promise<{ title: string; link: string }> {
    const item = await this.item(targetId);
    return { title: item.title, link: `/neuigkeiten/${item.id}` };
  }

  /** The detail page's rule (`mayRead`), for other people than the signed-in one. */
  async audienceAllows(userIds: readonly string[], targetId: string): Promise<Set<string>> {
    const allowed = new Set<string>();
    if (userIds.length === 0) return allowed;
    const item = await this.item(targetId);
    const now = this.clock.now();
    const people = await this.dataSource.getRepository(UserEntity).find({
      where: { id: In([...userIds]), active: true },
      relations: { organisation: true },
    });
    for (const person of people) {
      if (person.roles.length === 0) continue;
      const user = {
        id: person.id,
        displayName: person.displayName,
        roles: person.roles,
        organisationId: person.organisationId,
      };
      const viewer = { ...user, state: person.organisation?.state ?? null };
      if (mayRead(user, viewer, item, now)) allowed.add(person.id);
    }
    return allowed;
  }

  private async item(id: string): Promise<NewsEntity> {
    const item = await this.news.findById(id);
    if (!item) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return item;
  }
}
