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
  /** Free text, lines separated by `\n`. */
  openingHours: string | null;
  /** Short self-description (plain text). */
  description: string | null;
  hasLogo: boolean;
  /** Optimistic lock: send it back with every change (409 when someone else changed it meanwhile). */
  version: number;
  /** Set when this organisation was merged into another one (e.g. after a Kreisreform). */
  mergedIntoId: string | null;
}

export interface OrganisationListQuery {
  state?: OrganisationState;
  kind?: OrganisationKind;
  category?: OrganisationCategory;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** Keyset page of the directory (ordered by name); `total` counts every match of the filter. */
export interface OrganisationListDto {
  items: OrganisationDto[];
  nextCursor: string | null;
  total: number;
}

export const ORGANISATION_LIST_MAX_LIMIT = 100;

/** Kommunale Jobcenter per Land (all 16, zero included) — the overview map and its table. */
export interface OrganisationStateCountDto {
  state: Bundesland;
  jobcenterCount: number;
}

/** Topics an organisation names contact persons for. */
export const CONTACT_TOPICS = [
  'leitung',
  'digitalisierung',
  'arbeitgeberservice',
  'oeffentlichkeitsarbeit',
  'datenschutz',
  'gute-praxis',
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];
export const CONTACT_TOPIC_LABELS: Readonly<Record<ContactTopic, string>> = {
  leitung: 'Leitung',
  digitalisierung: 'Digitalisierung',
  arbeitgeberservice: 'Arbeitgeberservice',
  oeffentlichkeitsarbeit: 'Öffentlichkeitsarbeit',
  datenschutz: 'Datenschutz',
  'gute-praxis': 'Gute Praxis',
};

export interface OrganisationContactDto {
  topic: ContactTopic;
  userId: string;
  displayName: string;
  email: string | null;
}

export interface OrganisationActivityDto {
  /** Published Gute-Praxis entries of the organisation, newest first (at most 20). */
  practices: { id: string; title: string; publishedAt: string | null }[];
  /** Practices it adopted („Wir setzen das auch um“), newest first (at most 20). */
  adoptions: { practiceId: string; title: string; adoptedAt: string }[];
  /** Campaign roll-out: downloads of campaign material per campaign. */
  campaigns: { campaignId: string; title: string; downloads: number; lastDownloadOn: string }[];
  /** Files generated with the campaign kit for this organisation. */
  kitOutputs: number;
}

export interface OrganisationProfileDto extends OrganisationDto {
  contacts: OrganisationContactDto[];
  activity: OrganisationActivityDto;
  /** Whether the viewer may change the profile (own organisation as Leitung/Redaktion, or network). */
  mayEdit: boolean;
  /** Whether the viewer may change name, kind, Land and category (administration). */
  mayAdminister: boolean;
}

export const ORGANISATION_LIMITS = {
  name: 200,
  street: 200,
  postalCode: 10,
  city: 100,
  website: 300,
  email: 254,
  phone: 50,
  openingHours: 1000,
  description: 2000,
  contacts: 20,
  logoBytes: 5 * 1024 * 1024,
  importBytes: 1024 * 1024,
  importRows: 2000,
} as const;

/** Profile fields; leitung/redaktion of the organisation, coordination and administration. */
export interface UpdateOrganisationRequest {
  version: number;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  openingHours?: string | null;
  description?: string | null;
  contacts?: { topic: ContactTopic; userId: string }[];
  /** Master data: administration only. */
  name?: string;
  kind?: OrganisationKind;
  state?: OrganisationState;
  category?: OrganisationCategory;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
  state: OrganisationState;
  category: OrganisationCategory;
}

export interface MergeOrganisationRequest {
  /** The organisation that stays; the one in the path is merged into it. */
  targetId: string;
}

export interface MergeOrganisationResultDto {
  target: OrganisationDto;
  /** Rows moved per kind of content, e.g. `users: 3`. */
  moved: Record<string, number>;
}

/** A member of the organisation, for choosing contact persons. */
export interface OrganisationMemberDto {
  id: string;
  displayName: string;
}

export interface OrganisationImportRowDto {
  /** Line in the file (the header is line 1). */
  line: number;
  name: string;
  kind: string;
  state: string;
  category: string;
  /** `create`: new; `unchanged`: already in the directory with the same data (skipped); `error`. */
  action: 'create' | 'unchanged' | 'error';
  /** German error messages (action `error`). */
  errors: string[];
  /** Hints that do not stop the import, e.g. a value that a spreadsheet would run as a formula. */
  warnings: string[];
}

export interface OrganisationImportResultDto {
  /** Whether this was a preview (dry run): nothing was written. */
  dryRun: boolean;
  /** Whether the rows were written (only without errors and not as a dry run). */
  committed: boolean;
  /** Errors of the whole file (missing columns, encoding, too many rows). */
  fileErrors: string[];
  rows: OrganisationImportRowDto[];
  /** Rows that are (or would be) created. */
  created: number;
  unchanged: number;
  errorRows: number;
}
