import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  NEWS_CATEGORIES,
  NEWS_LIMITS,
  NewsCategory,
  NewsFeedQuery,
  OrganisationState,
} from '@portal/contracts';
import { KeysetPageParams } from '../../../core/http/keyset-page.query';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class NewsFeedQueryParams extends KeysetPageParams implements NewsFeedQuery {
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
