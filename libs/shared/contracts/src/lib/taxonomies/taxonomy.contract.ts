/** Taxonomies shared by several kinds of content (Gute Praxis today, resources later). */
export const TaxonomyKey = {
  /** Zielgruppen of practices. */
  TargetGroups: 'zielgruppen',
  /** Handlungsfelder of practices. */
  FieldsOfAction: 'handlungsfelder',
  /** Themen of Digitalisierung resources. */
  ResourceTopics: 'ressourcen-themen',
} as const;
export type TaxonomyKey = (typeof TaxonomyKey)[keyof typeof TaxonomyKey];

export const TAXONOMY_LIMITS = {
  label: 80,
  termsPerTaxonomy: 200,
} as const;

export interface TaxonomyTermDto {
  id: string;
  label: string;
  position: number;
}

export interface TaxonomyDto {
  id: string;
  key: string;
  label: string;
  /** Ordered by position, then label. */
  terms: TaxonomyTermDto[];
}

export interface TaxonomyListDto {
  items: TaxonomyDto[];
}

export interface CreateTaxonomyTermRequest {
  label: string;
  /** Omitted: at the end. */
  position?: number;
}

export interface UpdateTaxonomyTermRequest {
  label: string;
  position?: number;
}

/** Merges the `sourceTermIds` into the term addressed by the URL; references move, sources disappear. */
export interface MergeTaxonomyTermsRequest {
  sourceTermIds: string[];
}

export interface MergeTaxonomyTermsResultDto {
  term: TaxonomyTermDto;
  /** References that moved to the surviving term (duplicates collapsed). */
  movedReferences: number;
}
