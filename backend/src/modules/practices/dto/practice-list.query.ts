import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  OrganisationState,
  PRACTICE_LIMITS,
  PracticeListQuery,
  PracticeSort,
} from '@portal/contracts';
import { KeysetPageParams } from '../../../core/http/keyset-page.query';

const bool = Transform(({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
);

export class PracticeListParams extends KeysetPageParams implements PracticeListQuery {
  @IsOptional()
  @IsUUID()
  fieldId?: string;

  @IsOptional()
  @IsUUID()
  targetGroupId?: string;

  @IsOptional()
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE])
  state?: OrganisationState;

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsUUID()
  adoptedBy?: string;

  @IsOptional()
  @bool
  @IsBoolean()
  hasKeyFigures?: boolean;

  @IsOptional()
  @bool
  @IsBoolean()
  bookmarked?: boolean;

  @IsOptional()
  @IsIn(Object.values(PracticeSort))
  sort?: PracticeSort;

  @IsOptional()
  @IsString()
  @MaxLength(PRACTICE_LIMITS.query)
  q?: string;
}
