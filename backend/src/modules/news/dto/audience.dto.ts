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

export class AudienceBody implements AudienceDto {
  @IsArray()
  @ArrayMaxSize(BUNDESLAENDER.length + 1)
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE], { each: true })
  states!: OrganisationState[];

  @IsArray()
  @ArrayMaxSize(NEWS_LIMITS.audienceEntries)
  @IsUUID('4', { each: true })
  organisationIds!: string[];

  @IsArray()
  @ArrayMaxSize(ALL_ROLES.length)
  @IsIn(ALL_ROLES, { each: true })
  roles!: Role[];
}
