import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import {
  COMMENT_LIMITS,
  COMMENT_TARGET_TYPES,
  CommentTargetType,
  CreateCommentRequest,
  UpdateCommentRequest,
} from '@portal/contracts';

/** Surrounding blanks are never meant; trimming first lets „nur Leerzeichen“ count as empty. */
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateCommentBody implements CreateCommentRequest {
  @IsIn(COMMENT_TARGET_TYPES)
  targetType!: CommentTargetType;

  @IsUUID('all')
  targetId!: string;

  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_LIMITS.body)
  body!: string;
}

export class UpdateCommentBody implements UpdateCommentRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(COMMENT_LIMITS.body)
  body!: string;

  @IsInt()
  @Min(1)
  version!: number;
}
