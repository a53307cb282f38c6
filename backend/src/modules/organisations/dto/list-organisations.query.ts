import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  OrganisationKind,
  OrganisationListQuery,
  OrganisationState,
} from '@portal/contracts';
import { PageQuery } from '../../../core/http/dto/page.query';

export class ListOrganisationsQuery extends PageQuery implements OrganisationListQuery {
  @IsOptional()
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE])
  state?: OrganisationState;

  @IsOptional()
  @IsIn(Object.values(OrganisationKind))
  kind?: OrganisationKind;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
