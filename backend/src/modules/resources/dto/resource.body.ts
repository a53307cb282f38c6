import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  RateResourceRequest,
  RejectResourceRequest,
  RESOURCE_KINDS,
  RESOURCE_LIMITS,
  ResourceKind,
  ReviewResourceRequest,
  SaveResourceRequest,
  SuggestResourceRequest,
  UpdateResourceRequest,
} from '@portal/contracts';
import { AudienceBody } from '../../news/dto/audience.dto';
import { IsWebUrl } from './web-url.validator';

/** Surrounding blanks are never meant; trimming first lets „nur Leerzeichen“ count as empty. */
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** An empty URL field means „no URL“. */
const emptyToNull = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value,
);

export class SuggestResourceBody implements SuggestResourceRequest {
  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(RESOURCE_LIMITS.title)
  title!: string;

  @trim
  @IsString()
  @MaxLength(RESOURCE_LIMITS.description)
  description!: string;

  @IsOptional()
  @emptyToNull
  @IsString()
  @MaxLength(RESOURCE_LIMITS.url)
  @IsWebUrl()
  url?: string | null;

  @IsOptional()
  @trim
  @IsString()
  @MaxLength(RESOURCE_LIMITS.providerName)
  providerName?: string;

  @IsOptional()
  @emptyToNull
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  @IsISO8601({ strict: true }, { message: 'Dieses Datum gibt es nicht.' })
  publishedOn?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.topics)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  topicIds?: string[];
}

export class SaveResourceBody extends SuggestResourceBody implements SaveResourceRequest {
  @IsOptional()
  @IsUUID('all')
  providerOrganisationId?: string | null;

  @IsDefined()
  @ValidateNested()
  @Type(() => AudienceBody)
  audience!: AudienceBody;
}

export class UpdateResourceBody extends SaveResourceBody implements UpdateResourceRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class ReviewResourceBody implements ReviewResourceRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class RejectResourceBody extends ReviewResourceBody implements RejectResourceRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(RESOURCE_LIMITS.reviewComment)
  comment!: string;
}

export class RateResourceBody implements RateResourceRequest {
  @IsInt()
  @Min(1)
  @Max(5)
  value!: number;
}
