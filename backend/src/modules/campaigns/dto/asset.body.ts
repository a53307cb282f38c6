import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  ALL_ROLES,
  ASSET_LIMITS,
  ASSET_TYPES,
  type AssetType,
  type Role,
  type SaveAssetRequest,
  type UpdateAssetRequest,
} from '@portal/contracts';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** Tags are compared as typed, but without blanks around them and without empties or repeats. */
const cleanTags = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [
        ...new Set(
          value.map((tag) => (typeof tag === 'string' ? tag.trim() : tag)).filter((tag) => tag !== ''),
        ),
      ]
    : value,
);

/** The fields an asset is created and edited with; validation is inherited by both bodies. */
abstract class AssetFieldsBody {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSET_LIMITS.title)
  title!: string;

  @IsString()
  @MaxLength(ASSET_LIMITS.description)
  description!: string;

  @IsIn(ASSET_TYPES)
  type!: AssetType;

  @cleanTags
  @IsArray()
  @ArrayMaxSize(ASSET_LIMITS.tags)
  @IsString({ each: true })
  @MaxLength(ASSET_LIMITS.tag, { each: true })
  tags!: string[];

  @trim
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(ASSET_LIMITS.altText)
  altText!: string | null;

  @ValidateIf((_object, value) => value !== null)
  @IsDateString({ strict: true })
  availableFrom!: string | null;

  @ValidateIf((_object, value) => value !== null)
  @IsDateString({ strict: true })
  expiresAt!: string | null;

  @IsArray()
  @ArrayMaxSize(ALL_ROLES.length)
  @IsIn(ALL_ROLES, { each: true })
  roles!: Role[];

  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID()
  replacementId!: string | null;
}

export class UpdateAssetBody extends AssetFieldsBody implements UpdateAssetRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class CreateAssetBody extends AssetFieldsBody implements SaveAssetRequest {
  @IsUUID()
  campaignId!: string;
}
