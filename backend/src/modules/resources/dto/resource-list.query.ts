import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RESOURCE_KINDS, RESOURCE_LIMITS, ResourceKind, ResourceListQuery } from '@portal/contracts';
import { KeysetPageParams } from '../../../core/http/keyset-page.query';

const bool = Transform(({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
);

export class ResourceListParams extends KeysetPageParams implements ResourceListQuery {
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;

  @IsOptional()
  @IsUUID('all')
  topicId?: string;

  @IsOptional()
  @IsUUID('all')
  providerOrganisationId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(RESOURCE_LIMITS.providerName)
  providerName?: string;

  @IsOptional()
  @bool
  @IsBoolean()
  brokenLinks?: boolean;
}
