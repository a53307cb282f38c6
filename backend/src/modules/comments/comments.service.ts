import { Injectable, Logger } from '@nestjs/common';
import {
  AuditAction,
  COMMENT_LIMITS,
  CommentDto,
  CommentPageDto,
  CommentReactionDto,
  MentionSuggestionDto,
  mentionedUserIds,
} from '@portal/contracts';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CommentEvents } from './comment-events';
import { CommentTargetRegistry } from './comment-target.registry';
import { decodeThreadCursor, encodeThreadCursor } from './comment-cursor';
import { CommentEntity } from './comment.entity';
import { toCommentDto } from './comment.mapper';
import { deletionKind, mayDeleteComment, mayEditComment } from './comment.policy';
import { HELPFUL } from './comment-reaction.entity';
import { CommentsRepository } from './comments.repository';
import { CreateCommentBody, UpdateCommentBody } from './dto/comment.body';
import { CommentListQueryParams, MentionSuggestionQueryParams } from './dto/comment.query';

const NOT_FOUND = 'Diesen Kommentar gibt es nicht oder er ist nicht für Sie bestimmt.';
/** Candidates read per round while looking for people who can see the target. */
const CANDIDATE_BATCH = 40;
const CANDIDATE_ROUNDS = 5;

@Injectable()
export class CommentsService {
  private readonly logger = new Logger(CommentsService.name);

  constructor(
    private readonly comments: CommentsRepository,
    private readonly targets: CommentTargetRegistry,
    private readonly events: CommentEvents,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** One page of a thread, oldest first; three queries whatever the page size. */
  async list(user: SessionUser, query: CommentListQueryParams): Promise<CommentPageDto> {
    const target = this.targets.get(query.targetType);
    await target.assertReadable(user, query.targetId);
    const after = query.cursor ? decodeThreadCursor(query.cursor) : undefined;
    const rows = await this.comments.thread(query.targetType, query.targetId, after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: await this.toDtos(user, page),
      nextCursor:
        rows.length > query.limit && last
          ? encodeThreadCursor({ createdAt: last.createdAt, id: last.id })
          : null,
      open: await target.isOpen(query.targetId),
    };
  }

  async create(user: SessionUser, body: CreateCommentBody): Promise<CommentDto> {
    const target = this.targets.get(body.targetType);
    await target.assertReadable(user, body.targetId);
    await target.assertOpen(body.targetId);
    const mentioned = await this.validMentions(body.body);
    const created = await this.comments.insert(
      {
        targetType: body.targetType,
        targetId: body.targetId,
        authorId: user.id,
        body: body.body,
        createdAt: this.clock.now(),
      },
      mentioned,
    );
    await this.announce(user, created, mentioned);
    return this.get(user, created.id);
  }

  async update(user: SessionUser, id: string, body: UpdateCommentBody): Promise<CommentDto> {
    const comment = await this.readable(user, id);
    if (comment.deletedAt) throw this.gone();
    if (!mayEditComment(user, comment)) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'Nur die Verfasserin oder der Verfasser kann diesen Kommentar ändern.',
      );
    }
    await this.targets.get(comment.targetType).assertOpen(comment.targetId);
    const mentioned = await this.validMentions(body.body);
    const changed = await this.comments.updateBodyIfVersion(
      id,
      body.version,
      body.body,
      this.clock.now(),
      mentioned,
    );
    if (!changed) {
      throw new DomainError(
        ErrorCode.Conflict,
        'Dieser Kommentar wurde inzwischen geändert oder gelöscht. Bitte laden Sie die Kommentare neu.',
      );
    }
    return this.get(user, id);
  }

  /** Soft delete by the author or a moderator; deleting twice changes nothing. */
  async remove(user: SessionUser, id: string): Promise<void> {
    const comment = await this.readable(user, id);
    if (!mayDeleteComment(user, { ...comment, deletedAt: null })) {
      throw new DomainError(ErrorCode.Forbidden, 'Diesen Kommentar dürfen Sie nicht löschen.');
    }
    if (comment.deletedAt) return;
    const kind = deletionKind(user, comment);
    await this.comments.softDelete(id, user.id, kind, this.clock.now());
    if (kind === 'moderation') {
      await this.audit.record({
        action: AuditAction.CommentRemoved,
        actor: user,
        target: { type: 'comment', id },
        summary: `Kommentar zu ${comment.targetType} ${comment.targetId} entfernt`,
      });
    }
  }

  /** „Hilfreich“ on or off; repeating either changes nothing. */
  async setHelpful(user: SessionUser, id: string, on: boolean): Promise<CommentReactionDto> {
    const comment = await this.readable(user, id);
    if (comment.deletedAt) throw this.gone();
    if (on) await this.comments.addReaction(id, user.id, HELPFUL);
    else await this.comments.removeReaction(id, user.id, HELPFUL);
    return (await this.comments.reactions([id], HELPFUL, user.id)).get(id) ?? { count: 0, mine: false };
  }

  /** Up to 8 people whose name starts with `q` (or a word of it) and who can see the target. */
  async suggestions(user: SessionUser, query: MentionSuggestionQueryParams): Promise<MentionSuggestionDto[]> {
    const target = this.targets.get(query.targetType);
    await target.assertReadable(user, query.targetId);
    const found: MentionSuggestionDto[] = [];
    for (let round = 0; round < CANDIDATE_ROUNDS && found.length < COMMENT_LIMITS.suggestions; round++) {
      const candidates = await this.comments.suggestionCandidates(
        query.q,
        user.id,
        user.organisationId,
        round * CANDIDATE_BATCH,
        CANDIDATE_BATCH,
      );
      const allowed = await target.audienceAllows(
        candidates.map((candidate) => candidate.id),
        query.targetId,
      );
      for (const candidate of candidates) {
        if (allowed.has(candidate.id) && found.length < COMMENT_LIMITS.suggestions) {
          found.push({
            id: candidate.id,
            displayName: candidate.displayName,
            organisationName: candidate.organisation?.name ?? null,
          });
        }
      }
      if (candidates.length < CANDIDATE_BATCH) break;
    }
    return found;
  }

  private gone(): DomainError {
    return new DomainError(ErrorCode.Conflict, 'Dieser Kommentar wurde inzwischen gelöscht.');
  }

  private async get(user: SessionUser, id: string): Promise<CommentDto> {
    const comment = await this.comments.findById(id);
    if (!comment) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    const [dto] = await this.toDtos(user, [comment]);
    if (!dto) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return dto;
  }

  /** Loads a comment whose target this user may see; anything else is „not found“. */
  private async readable(user: SessionUser, id: string): Promise<CommentEntity> {
    const comment = await this.comments.findById(id);
    if (!comment) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    await this.targets.get(comment.targetType).assertReadable(user, comment.targetId);
    return comment;
  }

  private async toDtos(user: SessionUser, comments: CommentEntity[]): Promise<CommentDto[]> {
    const ids = comments.map((comment) => comment.id);
    const [reactions, mentions] = await Promise.all([
      this.comments.reactions(ids, HELPFUL, user.id),
      this.comments.mentions(ids),
    ]);
    return comments.map((comment) =>
      toCommentDto(comment, user, reactions.get(comment.id), mentions.get(comment.id)),
    );
  }

  /** The ids mentioned in a body; every one must be a known, active person (else 400). */
  private async validMentions(body: string): Promise<string[]> {
    const ids = mentionedUserIds(body);
    if (ids.length > COMMENT_LIMITS.mentionsPerComment) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        body: [`Bitte erwähnen Sie höchstens ${COMMENT_LIMITS.mentionsPerComment} Personen.`],
      });
    }
    const known = new Set((await this.comments.activeUsers(ids)).map((person) => person.userId));
    if (ids.some((id) => !known.has(id))) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        body: [
          'Eine erwähnte Person ist im Portal nicht bekannt. Bitte wählen Sie sie aus der Vorschlagsliste.',
        ],
      });
    }
    return ids;
  }

  /** Tells the hook about the new comment; a failing hook never fails the (committed) comment. */
  private async announce(user: SessionUser, comment: CommentEntity, mentioned: string[]): Promise<void> {
    try {
      const target = this.targets.get(comment.targetType);
      const [targetAuthorId, participants, description, explicitFollowers] = await Promise.all([
        target.authorId(comment.targetId),
        this.comments.participants(comment.targetType, comment.targetId),
        target.describe(comment.targetId),
        target.followerIds?.(comment.targetId) ?? Promise.resolve([]),
      ]);
      const others = mentioned.filter((id) => id !== user.id);
      const followers = [...new Set([targetAuthorId, ...participants, ...explicitFollowers])].filter(
        (id): id is string => !!id && id !== user.id,
      );
      const allowed = await target.audienceAllows([...new Set([...others, ...followers])], comment.targetId);
      await this.events.commentCreated({
        targetType: comment.targetType,
        targetId: comment.targetId,
        commentId: comment.id,
        authorId: user.id,
        authorName: user.displayName,
        body: comment.body,
        target: description,
        mentionedUserIds: others.filter((id) => allowed.has(id)),
        followerIds: followers.filter((id) => allowed.has(id)),
      });
    } catch (error) {
      this.logger.error({ err: error, commentId: comment.id }, 'comment event hook failed');
    }
  }
}
