import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  SEARCH_MAX_OFFSET,
  SEARCH_PAGE_SIZE_MAX,
  SEARCH_TYPES,
  SearchQueryParams,
  SearchSort,
  SearchType,
} from '@portal/contracts';

/** `?x=a` and `?x=a&x=b` both become a list. */
const list = Transform(({ value }: { value: unknown }) =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value],
);

/** Raw text is checked after normalisation (service); this only stops absurd sizes early. */
const RAW_QUERY_LIMIT = 4000;

export class SearchParams implements SearchQueryParams {
  @IsString()
  @MaxLength(RAW_QUERY_LIMIT)
  q!: string;

  @IsOptional()
  @list
  @IsArray()
  @ArrayMaxSize(SEARCH_TYPES.length)
  @IsIn(SEARCH_TYPES, { each: true })
  type?: SearchType[];

  @IsOptional()
  @list
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  term?: string[];

  @IsOptional()
  @list
  @IsArray()
  @ArrayMaxSize(17)
  @IsIn([...BUNDESLAENDER, NATIONAL_STATE], { each: true })
  state?: string[];

  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  to?: string;

  @IsOptional()
  @IsIn(['relevance', 'date'])
  sort?: SearchSort;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(SEARCH_MAX_OFFSET)
  offset?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_PAGE_SIZE_MAX)
  limit?: number;
}

export class SuggestParams {
  @IsString()
  @MaxLength(RAW_QUERY_LIMIT)
  q!: string;
}

export class AnalyticsParams {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}
