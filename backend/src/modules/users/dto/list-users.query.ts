import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { UserListQuery } from '@portal/contracts';
import { PageQuery } from '../../../core/http/dto/page.query';

export class ListUsersQuery extends PageQuery implements UserListQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
