import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  NEWS_CATEGORIES,
  NEWS_LIMITS,
  NewsCategory,
  NewsFeedQuery,
  OrganisationState,
} from '@portal/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class NewsFeedQueryParams implements NewsFeedQuery {
  /** base64url of `<ISO time>|<uuid>` (see news-cursor.ts). */
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

  @IsOptional()
  @IsIn(NEWS_CATEGORIES)
  category?: NewsCategory;

  @IsOptional()
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE])
  state?: OrganisationState;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' })
  to?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(NEWS_LIMITS.query)
  q?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  archived?: boolean;
}
