import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  ORGANISATION_CATEGORIES,
  ORGANISATION_LIST_MAX_LIMIT,
  OrganisationCategory,
  OrganisationKind,
  OrganisationListQuery,
  OrganisationState,
} from '@portal/contracts';

export class ListOrganisationsQuery implements OrganisationListQuery {
  @IsOptional()
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE])
  state?: OrganisationState;

  @IsOptional()
  @IsIn(Object.values(OrganisationKind))
  kind?: OrganisationKind;

  @IsOptional()
  @IsIn(ORGANISATION_CATEGORIES)
  category?: OrganisationCategory;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** base64url of `<name>|<uuid>`; decoding checks the contents. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,600}$/)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ORGANISATION_LIST_MAX_LIMIT)
  limit = 20;
}
