import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_KIT_LIMITS as LIMITS,
  KIT_ALIGNS,
  KIT_ZONE_KINDS,
  KitAlign,
  KitZoneDto,
  KitZoneKind,
  UpdateKitZonesRequest,
} from '@portal/contracts';

const COORDINATE = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 };

export class KitZoneBody implements KitZoneDto {
  @IsIn(KIT_ZONE_KINDS)
  kind!: KitZoneKind;

  @IsInt()
  @Min(1)
  @Max(20)
  page!: number;

  @IsNumber(COORDINATE)
  @Min(0)
  x!: number;

  @IsNumber(COORDINATE)
  @Min(0)
  y!: number;

  @IsNumber(COORDINATE)
  @Min(1)
  width!: number;

  @IsNumber(COORDINATE)
  @Min(1)
  height!: number;

  @IsNumber(COORDINATE)
  @Min(LIMITS.fontSizeMin)
  @Max(LIMITS.fontSizeMax)
  fontSize!: number;

  @IsIn(KIT_ALIGNS)
  align!: KitAlign;

  @Matches(/^#[0-9A-Fa-f]{6}$/)
  colour!: string;
}

export class KitZonesBody implements UpdateKitZonesRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsArray()
  @ArrayMaxSize(LIMITS.zones)
  @ValidateNested({ each: true })
  @Type(() => KitZoneBody)
  zones!: KitZoneBody[];
}
