import { Transform, Type } from 'class-transformer';
import { IsDefined, IsIn, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  CAMPAIGN_KIT_LIMITS as LIMITS,
  KitDataDto,
  KitFormat,
  KitGenerateRequest,
  KitRequest,
  UpdateKitProfileRequest,
} from '@portal/contracts';

/** Surrounding blanks are never meant; CR/LF normalised so line counts are honest. */
const tidy = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value,
);
/** At most LIMITS.lines lines, no control characters except the line break. */
const LINES = new RegExp(
  `^[^\\u0000-\\u001f\\u007f]*(\\n[^\\u0000-\\u001f\\u007f]*){0,${LIMITS.lines - 1}}$`,
);
// Control characters are exactly what these patterns exclude.
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
/** Empty, or an http(s) address without blanks. */
const WEB_ADDRESS = /^(https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?)?$/i;

export class KitDataBody implements KitDataDto {
  @tidy
  @IsString()
  @MaxLength(LIMITS.name)
  @Matches(ONE_LINE)
  name!: string;

  @tidy
  @IsString()
  @MaxLength(LIMITS.address)
  @Matches(LINES)
  address!: string;

  @tidy
  @IsString()
  @MaxLength(LIMITS.openingHours)
  @Matches(LINES)
  openingHours!: string;

  @tidy
  @IsString()
  @MaxLength(LIMITS.phone)
  @Matches(ONE_LINE)
  phone!: string;

  @tidy
  @IsString()
  @MaxLength(LIMITS.website)
  @Matches(WEB_ADDRESS, { message: 'Bitte eine Adresse mit http:// oder https:// angeben.' })
  website!: string;
}

export class KitRequestBody implements KitRequest {
  @IsUUID()
  organisationId!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => KitDataBody)
  data!: KitDataBody;
}

export class KitGenerateBody extends KitRequestBody implements KitGenerateRequest {
  @IsIn(Object.values(KitFormat))
  format!: KitFormat;
}

export class KitProfileBody implements UpdateKitProfileRequest {
  @tidy
  @IsString()
  @MaxLength(LIMITS.openingHours)
  @Matches(LINES)
  openingHours!: string;
}
