import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import type { CommentTarget } from '../comments/comment-target';
import { CommentTargetRegistry } from '../comments/comment-target.registry';
import { readersAmong } from '../comments/readers-among';
import { PracticeAccess, PRACTICE_NOT_FOUND } from './practice-access';
import { PracticeEntity } from './practice.entity';
import { mayRead } from './practice.policy';
import { PracticesRepository } from './practices.repository';
import { PRACTICE_TARGET } from './practice-views';

const CLOSED = 'Kommentare sind erst nach der Veröffentlichung möglich.';

/**
 * Comments on practice entries (also the target for Merkliste and „Melden“): whoever may open
 * the entry may read the thread; comments are open once it is published; its followers hear
 * about new comments.
 */
@Injectable()
export class PracticeCommentTarget implements CommentTarget, OnModuleInit {
  readonly type = PRACTICE_TARGET;

  constructor(
    private readonly registry: CommentTargetRegistry,
    private readonly access: PracticeAccess,
    private readonly practices: PracticesRepository,
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
    return (await this.item(targetId)).authorId;
  }

  followerIds(targetId: string): Promise<string[]> {
    return this.practices.followerIds(targetId);
  }

  async describe(targetId: string): Promise<{ title: string; link: string }> {
    const item = await this.item(targetId);
    return { title: item.title, link: `/gute-praxis/${item.id}` };
  }

  async audienceAllows(userIds: readonly string[], targetId: string): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const item = await this.item(targetId);
    return readersAmong(this.dataSource, userIds, ({ user }) => mayRead(user, item));
  }

  private async item(id: string): Promise<PracticeEntity> {
    const item = await this.practices.findById(id);
    if (!item) throw new DomainError(ErrorCode.NotFound, PRACTICE_NOT_FOUND);
    return item;
  }
}
