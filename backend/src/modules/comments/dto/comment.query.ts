import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  COMMENT_LIMITS,
  COMMENT_TARGET_TYPES,
  CommentListQuery,
  CommentTargetType,
  MentionSuggestionQuery,
} from '@portal/contracts';

export class CommentListQueryParams implements CommentListQuery {
  @IsIn(COMMENT_TARGET_TYPES)
  targetType!: CommentTargetType;

  @IsUUID('all')
  targetId!: string;

  /** base64url of `<ISO time>|<uuid>` (see comment-cursor.ts). */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(COMMENT_LIMITS.maxPageSize)
  limit: number = COMMENT_LIMITS.pageSize;
}

export class MentionSuggestionQueryParams implements MentionSuggestionQuery {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(COMMENT_LIMITS.suggestionMinChars)
  @MaxLength(100)
  q!: string;

  @IsIn(COMMENT_TARGET_TYPES)
  targetType!: CommentTargetType;

  @IsUUID('all')
  targetId!: string;
}
