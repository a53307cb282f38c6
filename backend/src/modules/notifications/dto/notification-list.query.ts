import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { NotificationListQuery } from '@portal/contracts';

export class NotificationListQueryParams implements NotificationListQuery {
  /** base64url of `<ISO time>|<uuid>` (see notification-cursor.ts). */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;
}
