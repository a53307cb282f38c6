import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
  IsInt,
  Min,
} from 'class-validator';
import {
  AdoptPracticeRequest,
  CreatePracticeRequest,
  KeyFigureDto,
  PRACTICE_LIMITS,
  PracticeContactDto,
  PrivacyCheckRequest,
  ReturnPracticeRequest,
  SubmitPracticeRequest,
  UpdatePracticeRequest,
  VersionedRequest,
} from '@portal/contracts';

/** Surrounding blanks are never meant; trimming first lets „nur Leerzeichen“ count as empty. */
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class KeyFigureBody implements KeyFigureDto {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_LIMITS.keyFigureLabel)
  label!: string;

  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_LIMITS.keyFigureValue)
  value!: string;

  @trim
  @IsString()
  @MaxLength(PRACTICE_LIMITS.keyFigureUnit)
  unit!: string;
}

export class ContactBody implements PracticeContactDto {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_LIMITS.contactField)
  name!: string;

  @trim
  @IsString()
  @MaxLength(PRACTICE_LIMITS.contactField)
  role!: string;

  @trim
  @IsString()
  @MaxLength(PRACTICE_LIMITS.contactField)
  @ValidateIf((contact: ContactBody) => contact.email !== '')
  @IsEmail()
  email!: string;

  @trim
  @IsString()
  @MaxLength(PRACTICE_LIMITS.contactField)
  phone!: string;
}

function longText() {
  return (target: object, key: string) => {
    trim(target, key);
    IsString()(target, key);
    MaxLength(PRACTICE_LIMITS.text)(target, key);
  };
}

function shortText() {
  return (target: object, key: string) => {
    trim(target, key);
    IsString()(target, key);
    MaxLength(PRACTICE_LIMITS.shortText)(target, key);
  };
}

export class CreatePracticeBody implements CreatePracticeRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_LIMITS.title)
  title!: string;

  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_LIMITS.summary)
  summary!: string;

  @longText()
  situation!: string;

  @longText()
  approach!: string;

  @longText()
  results!: string;

  @shortText()
  duration!: string;

  @longText()
  costs!: string;

  @longText()
  partners!: string;

  @longText()
  transferability!: string;

  @IsArray()
  @ArrayMaxSize(PRACTICE_LIMITS.keyFigures)
  @ValidateNested({ each: true })
  @Type(() => KeyFigureBody)
  keyFigures!: KeyFigureBody[];

  @IsOptional()
  @ValidateNested()
  @Type(() => ContactBody)
  contact?: ContactBody | null;

  @IsArray()
  @ArrayMaxSize(PRACTICE_LIMITS.termsPerTaxonomy)
  @IsUUID('all', { each: true })
  targetGroupIds!: string[];

  @IsArray()
  @ArrayMaxSize(PRACTICE_LIMITS.termsPerTaxonomy)
  @IsUUID('all', { each: true })
  fieldIds!: string[];
}

export class VersionedBody implements VersionedRequest {
  @IsDefined()
  @IsInt()
  @Min(1)
  version!: number;
}

export class UpdatePracticeBody extends CreatePracticeBody implements UpdatePracticeRequest {
  @IsDefined()
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsBoolean()
  confirmPrivacy?: boolean;
}

export class SubmitPracticeBody extends VersionedBody implements SubmitPracticeRequest {
  @IsOptional()
  @IsBoolean()
  confirmPrivacy?: boolean;
}

export class ReturnPracticeBody extends VersionedBody implements ReturnPracticeRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_LIMITS.reviewComment)
  comment!: string;
}

export class AdoptPracticeBody implements AdoptPracticeRequest {
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(PRACTICE_LIMITS.adoptionNote)
  note?: string;
}

class PrivacyCheckFigureBody {
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.keyFigureLabel) label?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.keyFigureValue) value?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.keyFigureUnit) unit?: string;
}

class PrivacyCheckContactBody {
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.contactField) name?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.contactField) role?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.contactField) email?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.contactField) phone?: string;
}

export class PrivacyCheckBody implements PrivacyCheckRequest {
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) title?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) summary?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) situation?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) approach?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) results?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) duration?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) costs?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) partners?: string;
  @IsOptional() @IsString() @MaxLength(PRACTICE_LIMITS.text) transferability?: string;

  /** As typed: half-filled figures and contacts are checked too, so they are not validated as on save. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PRACTICE_LIMITS.keyFigures)
  @ValidateNested({ each: true })
  @Type(() => PrivacyCheckFigureBody)
  keyFigures?: PrivacyCheckFigureBody[];

  @IsOptional()
  @ValidateNested()
  @Type(() => PrivacyCheckContactBody)
  contact?: PrivacyCheckContactBody;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PRACTICE_LIMITS.images)
  @IsString({ each: true })
  @MaxLength(PRACTICE_LIMITS.altText, { each: true })
  imageAltTexts?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PRACTICE_LIMITS.attachments)
  @IsString({ each: true })
  @MaxLength(255, { each: true })
  attachmentNames?: string[];
}
