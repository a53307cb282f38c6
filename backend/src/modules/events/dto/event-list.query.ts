import { IsDateString, IsOptional } from 'class-validator';
import { KeysetPageParams } from '../../../core/http/keyset-page.query';
import type { EventListQuery } from '@portal/contracts';

export class EventListQueryParams extends KeysetPageParams implements EventListQuery {
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}
