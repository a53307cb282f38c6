import { IsOptional, IsUUID } from 'class-validator';
import { KeysetPageParams } from '../../../core/http/keyset-page.query';

export class KitTemplatesQuery extends KeysetPageParams {
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}
