import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { PersonListQuery, UpdateDirectoryProfileRequest } from '@portal/contracts';
import { DIRECTORY_PROFILE_LIMITS } from '@portal/contracts';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimEach = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value,
);

export class PeopleListQuery implements PersonListQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,800}$/)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;
}

export class UpdateDirectoryProfileBody implements UpdateDirectoryProfileRequest {
  @IsBoolean()
  directoryOptOut!: boolean;

  @IsOptional()
  @trim
  @IsString()
  @MaxLength(DIRECTORY_PROFILE_LIMITS.jobTitle)
  jobTitle!: string | null;

  @IsOptional()
  @trim
  @IsString()
  @MaxLength(DIRECTORY_PROFILE_LIMITS.phone)
  @Matches(/^[0-9+()/ -]*$/, { message: 'Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden.' })
  phone!: string | null;

  @IsArray()
  @ArrayMaxSize(DIRECTORY_PROFILE_LIMITS.topics)
  @trimEach
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(DIRECTORY_PROFILE_LIMITS.topic, { each: true })
  topics!: string[];
}
