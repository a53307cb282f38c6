import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CreateTaxonomyTermRequest,
  MergeTaxonomyTermsRequest,
  TaxonomyListQuery,
  TAXONOMY_LIMITS,
  UpdateTaxonomyTermRequest,
} from '@portal/contracts';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateTaxonomyTermBody implements CreateTaxonomyTermRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(TAXONOMY_LIMITS.label)
  label!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

export class UpdateTaxonomyTermBody extends CreateTaxonomyTermBody implements UpdateTaxonomyTermRequest {
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class TaxonomyListQueryParams implements TaxonomyListQuery {
  /** Query strings are text: only `true` turns it on. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => value === 'true' || value === true)
  @IsBoolean()
  inactive?: boolean;
}

export class MergeTaxonomyTermsBody implements MergeTaxonomyTermsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TAXONOMY_LIMITS.termsPerTaxonomy)
  @IsUUID('all', { each: true })
  sourceTermIds!: string[];
}
