import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsUUID } from 'class-validator';
import {
  ALL_ROLES,
  AudienceDto,
  BUNDESLAENDER,
  NATIONAL_STATE,
  NEWS_LIMITS,
  OrganisationState,
  Role,
} from '@portal/contracts';

/** `?states=Hessen&states=Bayern`: one value arrives as a string, several as an array. */
const list = Transform(({ value }: { value: unknown }) =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value],
);

/** The audience as query parameters, with the same limits as `AudienceBody` (authoring). */
export class AudiencePreviewQuery implements AudienceDto {
  @list
  @IsArray()
  @ArrayMaxSize(BUNDESLAENDER.length + 1)
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE], { each: true })
  states: OrganisationState[] = [];

  @list
  @IsArray()
  @ArrayMaxSize(NEWS_LIMITS.audienceEntries)
  @IsUUID('4', { each: true })
  organisationIds: string[] = [];

  @list
  @IsArray()
  @ArrayMaxSize(ALL_ROLES.length)
  @IsIn(ALL_ROLES, { each: true })
  roles: Role[] = [];
}
