import { Type } from 'class-transformer';
import { IsInt, IsDateString, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { EventListQuery } from '@portal/contracts';

export class EventListQueryParams implements EventListQuery {
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  /** base64url of `<ISO time>|<uuid>` (see event-cursor.ts). */
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
