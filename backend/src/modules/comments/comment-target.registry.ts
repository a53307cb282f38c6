import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import type { CommentTarget } from './comment-target';

/**
 * The targets known to the comment system. Content modules import `CommentsModule` and register
 * their target at start-up (`onModuleInit`), so comments depend on no content module.
 */
@Injectable()
export class CommentTargetRegistry {
  private readonly targets = new Map<string, CommentTarget>();

  register(target: CommentTarget): void {
    if (this.targets.has(target.type)) throw new Error(`comment target "${target.type}" registered twice`);
    this.targets.set(target.type, target);
  }

  /** The target for a type; an unregistered type is „not found“ like an unknown id. */
  get(type: string): CommentTarget {
    const target = this.targets.get(type);
    if (!target) throw new DomainError(ErrorCode.NotFound, 'Diesen Inhalt gibt es nicht.');
    return target;
  }
}
