export const OrganisationKind = {
  Jobcenter: 'jobcenter',
  Verband: 'verband',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];

export const ORGANISATION_CATEGORIES = [
  'Landkreis',
  'Kreisfreie Stadt',
  'Kommunaler Spitzenverband',
] as const;
export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];

/** The 16 Länder, plus „Bund“ for national bodies such as the umbrella associations. */
export const BUNDESLAENDER = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
] as const;
export type Bundesland = (typeof BUNDESLAENDER)[number];
export const NATIONAL_STATE = 'Bund';
export type OrganisationState = Bundesland | typeof NATIONAL_STATE;

export interface OrganisationSummaryDto {
  id: string;
  key: string;
  name: string;
  kind: OrganisationKind;
  state: OrganisationState;
}

export interface OrganisationDto extends OrganisationSummaryDto {
  category: OrganisationCategory;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
}

export interface OrganisationListQuery {
  state?: OrganisationState;
  kind?: OrganisationKind;
  q?: string;
  page?: number;
  pageSize?: number;
}
