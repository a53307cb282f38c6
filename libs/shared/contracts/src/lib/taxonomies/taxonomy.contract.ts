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

/** Which section of the portal uses a taxonomy (shown on the one page that manages them all). */
export const TAXONOMY_SECTIONS: Readonly<Record<string, string>> = {
  zielgruppen: 'Gute Praxis',
  handlungsfelder: 'Gute Praxis',
  'ressourcen-themen': 'Digitalisierung',
};

export const TAXONOMY_LIMITS = {
  label: 80,
  termsPerTaxonomy: 200,
} as const;

export interface TaxonomyTermDto {
  id: string;
  label: string;
  position: number;
  /** Deactivated terms stay on existing content but are no longer offered for new choices. */
  active: boolean;
}

export interface TaxonomyDto {
  id: string;
  key: string;
  label: string;
  /** The section that uses the list, e.g. „Gute Praxis“. */
  section: string;
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
  /** Omitted: unchanged. */
  active?: boolean;
}

/** GET /api/taxonomies?inactive=true (managers) lists deactivated terms too. */
export interface TaxonomyListQuery {
  inactive?: boolean;
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

/** A free tag of campaign material, with how many assets carry it (GET /api/campaign-asset-tags). */
export interface CampaignTagDto {
  tag: string;
  assets: number;
}

export interface CampaignTagListDto {
  items: CampaignTagDto[];
}

/** Renames a tag on every asset; renaming to an existing tag merges the two. */
export interface RenameCampaignTagRequest {
  from: string;
  to: string;
}

export interface RenameCampaignTagResultDto {
  tag: string;
  /** Assets that carried `from`. */
  movedReferences: number;
}
