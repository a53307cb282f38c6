import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CAMPAIGN_LIMITS,
  CAMPAIGN_STATUSES,
  type AcceptTermsRequest,
  type CampaignStatus,
  type SaveCampaignRequest,
  type UpdateCampaignRequest,
} from '@portal/contracts';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class BrandColourBody {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name!: string;

  @IsString()
  @Matches(/^#[0-9A-Fa-f]{6}$/, { message: 'Bitte als Hex-Farbwert angeben, z. B. #B01E2D.' })
  hex!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  usage!: string | null;
}

export class BrandFontBody {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  usage!: string | null;
}

export class BrandGuidelinesBody {
  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.colours)
  @ValidateNested({ each: true })
  @Type(() => BrandColourBody)
  colours!: BrandColourBody[];

  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.fonts)
  @ValidateNested({ each: true })
  @Type(() => BrandFontBody)
  fonts!: BrandFontBody[];

  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.rules)
  @IsString({ each: true })
  @MaxLength(CAMPAIGN_LIMITS.rule, { each: true })
  dos!: string[];

  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.rules)
  @IsString({ each: true })
  @MaxLength(CAMPAIGN_LIMITS.rule, { each: true })
  donts!: string[];

  @IsString()
  @MaxLength(CAMPAIGN_LIMITS.guidelines)
  text!: string;
}

export class SaveCampaignBody implements SaveCampaignRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(CAMPAIGN_LIMITS.name)
  name!: string;

  @IsIn(CAMPAIGN_STATUSES)
  status!: CampaignStatus;

  @IsString()
  @Matches(DATE, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  startsOn!: string;

  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @Matches(DATE, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  endsOn!: string | null;

  @IsString()
  @MaxLength(CAMPAIGN_LIMITS.description)
  description!: string;

  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.keyMessages)
  @IsString({ each: true })
  @MaxLength(CAMPAIGN_LIMITS.keyMessage, { each: true })
  keyMessages!: string[];

  @IsDefined()
  @ValidateNested()
  @Type(() => BrandGuidelinesBody)
  guidelines!: BrandGuidelinesBody;

  @IsString()
  @MaxLength(CAMPAIGN_LIMITS.usageTerms)
  usageTerms!: string;
}

export class UpdateCampaignBody extends SaveCampaignBody implements UpdateCampaignRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class AcceptTermsBody implements AcceptTermsRequest {
  @IsInt()
  @Min(1)
  termsVersion!: number;
}
