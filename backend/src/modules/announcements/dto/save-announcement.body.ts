import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { SaveAnnouncementRequest } from '@portal/contracts';
import { ANNOUNCEMENT_LIMITS, ANNOUNCEMENT_SEVERITIES, AnnouncementSeverity } from '@portal/contracts';

export class SaveAnnouncementBody implements SaveAnnouncementRequest {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(ANNOUNCEMENT_LIMITS.text)
  text!: string;

  @IsIn(ANNOUNCEMENT_SEVERITIES)
  severity!: AnnouncementSeverity;

  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsISO8601({ strict: true })
  endsAt!: string;
}
