import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  ASSET_FORMAT_KEYS,
  ASSET_LIMITS,
  ASSET_SORTS,
  ASSET_TYPES,
  type AssetFormat,
  type AssetListQuery,
  type AssetSort,
  type AssetType,
} from '@portal/contracts';
import { KeysetPageParams } from '../../../core/http/keyset-page.query';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class AssetListQueryParams extends KeysetPageParams implements AssetListQuery {
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @IsOptional()
  @IsIn(ASSET_TYPES)
  type?: AssetType;

  @IsOptional()
  @IsIn(ASSET_FORMAT_KEYS)
  format?: AssetFormat;

  @IsOptional()
  @IsString()
  @MaxLength(ASSET_LIMITS.tag)
  tag?: string;

  @IsOptional()
  @IsIn(ASSET_SORTS)
  sort?: AssetSort;
}

/** `?ids=a,b,c` of the selection ZIP. */
export class AssetSelectionQueryParams {
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').filter(Boolean) : value,
  )
  @IsArray()
  @ArrayMaxSize(ASSET_LIMITS.selection)
  @IsUUID(undefined, { each: true })
  ids!: string[];
}

export class StatisticsQueryParams {
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @IsOptional()
  @Matches(DAY, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  from?: string;

  @IsOptional()
  @Matches(DAY, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  to?: string;
}
