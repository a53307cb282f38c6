import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
} from 'class-validator';
import {
  CreateNewsRequest,
  NEWS_CATEGORIES,
  NEWS_LIMITS,
  NewsCategory,
  NewsPreviewRequest,
  PublishNewsRequest,
  UpdateNewsRequest,
} from '@portal/contracts';
import { AudienceBody } from './audience.dto';

/** Surrounding blanks are never meant; trimming first lets „nur Leerzeichen“ count as empty. */
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateNewsBody implements CreateNewsRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(NEWS_LIMITS.title)
  title!: string;

  @trim
  @IsString()
  @MaxLength(NEWS_LIMITS.teaser)
  teaser!: string;

  @IsString()
  @MaxLength(NEWS_LIMITS.body)
  body!: string;

  @IsIn(NEWS_CATEGORIES)
  category!: NewsCategory;

  @IsOptional()
  @IsBoolean()
  important?: boolean;

  @IsDefined()
  @ValidateNested()
  @Type(() => AudienceBody)
  audience!: AudienceBody;

  @IsOptional()
  @IsBoolean()
  commentsEnabled?: boolean;

  @IsOptional()
  @IsDateString({ strict: true })
  pinnedUntil?: string | null;

  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string | null;
}

export class UpdateNewsBody extends CreateNewsBody implements UpdateNewsRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class PublishNewsBody implements PublishNewsRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsDateString({ strict: true })
  publishAt?: string;
}

export class NewsPreviewBody implements NewsPreviewRequest {
  @IsString()
  @MaxLength(NEWS_LIMITS.body)
  body!: string;
}

export class ArchiveNewsBody {
  @IsInt()
  @Min(1)
  version!: number;
}

export class UnscheduleNewsBody {
  @IsInt()
  @Min(1)
  version!: number;
}
