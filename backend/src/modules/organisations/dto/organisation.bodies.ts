import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  BUNDESLAENDER,
  CONTACT_TOPICS,
  ContactTopic,
  CreateOrganisationRequest,
  MergeOrganisationRequest,
  NATIONAL_STATE,
  ORGANISATION_CATEGORIES,
  ORGANISATION_LIMITS as LIMITS,
  OrganisationCategory,
  OrganisationKind,
  OrganisationState,
  UpdateOrganisationRequest,
} from '@portal/contracts';

const STATES = [...BUNDESLAENDER, NATIONAL_STATE];
const KINDS = Object.values(OrganisationKind);
const nullable = (_: object, value: unknown) => value !== null;

export class ContactBody {
  @IsIn(CONTACT_TOPICS)
  topic!: ContactTopic;

  @IsUUID()
  userId!: string;
}

export class UpdateOrganisationBody implements UpdateOrganisationRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(LIMITS.street)
  street?: string | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(LIMITS.postalCode)
  postalCode?: string | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(LIMITS.city)
  city?: string | null;

  /** http(s) only: a `javascript:` or `data:` address must never become a link in the directory. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null && value !== '')
  @IsString()
  @MaxLength(LIMITS.website)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true })
  website?: string | null;

  @IsOptional()
  @ValidateIf((_, value) => value !== null && value !== '')
  @IsString()
  @MaxLength(LIMITS.email)
  @IsEmail()
  email?: string | null;

  @IsOptional()
  @ValidateIf((_, value) => value !== null && value !== '')
  @IsString()
  @MaxLength(LIMITS.phone)
  @Matches(/^[+0-9 ()/\-–.]*$/, { message: 'Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden.' })
  phone?: string | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(LIMITS.openingHours)
  openingHours?: string | null;

  @IsOptional()
  @ValidateIf(nullable)
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.contacts)
  @ValidateNested({ each: true })
  @Type(() => ContactBody)
  contacts?: ContactBody[];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name?: string;

  @IsOptional()
  @IsIn(KINDS)
  kind?: OrganisationKind;

  @IsOptional()
  @IsIn(STATES)
  state?: OrganisationState;

  @IsOptional()
  @IsIn(ORGANISATION_CATEGORIES)
  category?: OrganisationCategory;
}

export class CreateOrganisationBody implements CreateOrganisationRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;

  @IsIn(KINDS)
  kind!: OrganisationKind;

  @IsIn(STATES)
  state!: OrganisationState;

  @IsIn(ORGANISATION_CATEGORIES)
  category!: OrganisationCategory;
}

export class MergeOrganisationBody implements MergeOrganisationRequest {
  @IsUUID()
  targetId!: string;
}
