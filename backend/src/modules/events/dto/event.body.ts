import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsDateString,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CancelEventRequest, CreateEventRequest, EVENT_LIMITS, UpdateEventRequest } from '@portal/contracts';
import { AudienceBody } from '../../news/dto/audience.dto';

/** Surrounding blanks are never meant; an empty optional text means „none“. */
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimToNull = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value,
);

/** Cross-field rules (end after start, https links) are checked in event-rules.ts. */
export class CreateEventBody implements CreateEventRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.title)
  title!: string;

  @IsString()
  @MaxLength(EVENT_LIMITS.description)
  description!: string;

  @IsDateString({ strict: true })
  startsAt!: string;

  @IsDateString({ strict: true })
  endsAt!: string;

  @IsBoolean()
  allDay!: boolean;

  @IsOptional()
  @trimToNull
  @IsString()
  @MaxLength(EVENT_LIMITS.place)
  place?: string | null;

  @IsOptional()
  @trimToNull
  @IsString()
  @MaxLength(EVENT_LIMITS.url)
  onlineUrl?: string | null;

  @IsOptional()
  @trimToNull
  @IsString()
  @MaxLength(EVENT_LIMITS.url)
  registrationUrl?: string | null;

  @IsOptional()
  @IsUUID('4')
  organisationId?: string | null;

  @IsDefined()
  @ValidateNested()
  @Type(() => AudienceBody)
  audience!: AudienceBody;
}

export class UpdateEventBody extends CreateEventBody implements UpdateEventRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class CancelEventBody implements CancelEventRequest {
  @IsInt()
  @Min(1)
  version!: number;
}
