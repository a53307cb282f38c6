import type { AuthorSummaryDto } from '../privacy/privacy.contract';
import type {
  OrganisationCategory,
  OrganisationState,
  OrganisationSummaryDto,
} from '../organisations/organisation.contract';
import type { TaxonomyTermDto } from '../taxonomies/taxonomy.contract';

export const PracticeStatus = {
  Draft: 'draft',
  InReview: 'in-review',
  Published: 'published',
  Archived: 'archived',
} as const;
export type PracticeStatus = (typeof PracticeStatus)[keyof typeof PracticeStatus];

export const PRACTICE_STATUS_LABELS: Readonly<Record<PracticeStatus, string>> = {
  draft: 'Entwurf',
  'in-review': 'Zur Prüfung',
  published: 'Veröffentlicht',
  archived: 'Archiviert',
};

export const PRACTICE_LIMITS = {
  title: 200,
  summary: 500,
  /** Each long text field (Ausgangslage, Vorgehen, Ergebnisse, …). */
  text: 20_000,
  shortText: 500,
  keyFigures: 12,
  keyFigureLabel: 80,
  keyFigureValue: 40,
  keyFigureUnit: 40,
  contactField: 200,
  termsPerTaxonomy: 20,
  reviewComment: 2_000,
  adoptionNote: 500,
  query: 200,
  images: 6,
  attachments: 10,
  altText: 300,
} as const;

/** The text fields in form order, with their German labels (the privacy guard reports them by name). */
export const PRACTICE_TEXT_FIELDS = {
  title: 'Titel',
  summary: 'Kurzbeschreibung',
  situation: 'Ausgangslage',
  approach: 'Vorgehen',
  results: 'Ergebnisse',
  duration: 'Laufzeit',
  costs: 'Kosten und Finanzierung',
  partners: 'Partner',
  transferability: 'Übertragbarkeit',
} as const;
export type PracticeTextField = keyof typeof PRACTICE_TEXT_FIELDS;

export const PracticeSort = {
  Newest: 'newest',
  MostAdopted: 'most-adopted',
  MostHelpful: 'most-helpful',
} as const;
export type PracticeSort = (typeof PracticeSort)[keyof typeof PracticeSort];

export const PRACTICE_SORT_LABELS: Readonly<Record<PracticeSort, string>> = {
  newest: 'Neueste',
  'most-adopted': 'Meist übernommen',
  'most-helpful': 'Hilfreichste',
};

export interface KeyFigureDto {
  label: string;
  value: string;
  unit: string;
}

export interface PracticeContactDto {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** The editable content of an entry: what is versioned and compared in the diff view. */
export interface PracticeContent {
  title: string;
  summary: string;
  situation: string;
  approach: string;
  results: string;
  duration: string;
  costs: string;
  partners: string;
  transferability: string;
  keyFigures: KeyFigureDto[];
  /** Omitted or null on create: the author's name and e-mail. */
  contact: PracticeContactDto;
  targetGroupIds: string[];
  fieldIds: string[];
}

export interface CreatePracticeRequest extends Omit<PracticeContent, 'contact'> {
  contact?: PracticeContactDto | null;
}

export interface UpdatePracticeRequest extends CreatePracticeRequest {
  version: number;
  /** Published entries: the editor confirms that the privacy guard's findings are no client data. */
  confirmPrivacy?: boolean;
}

export interface VersionedRequest {
  version: number;
}

export interface SubmitPracticeRequest extends VersionedRequest {
  /** The author confirms that the privacy guard's findings are no client data. */
  confirmPrivacy?: boolean;
}

export interface ReturnPracticeRequest extends VersionedRequest {
  /** What the author should change. */
  comment: string;
}

/** Everything an author types, as currently typed (the check runs before saving, too). */
export interface PrivacyCheckRequest extends Partial<Record<PracticeTextField, string>> {
  keyFigures?: Partial<KeyFigureDto>[];
  contact?: Partial<PracticeContactDto> | null;
  /** Alternative texts of the entry's images. */
  imageAltTexts?: string[];
  /** File names of the entry's attachments. */
  attachmentNames?: string[];
}

/** Where the privacy guard found something: a text field or one of the other inputs. */
export type PrivacyFindingField = PracticeTextField | 'keyFigures' | 'contact' | 'images' | 'attachments';

export const PRIVACY_FIELD_LABELS: Readonly<Record<PrivacyFindingField, string>> = {
  ...PRACTICE_TEXT_FIELDS,
  keyFigures: 'Kennzahlen',
  contact: 'Ansprechperson',
  images: 'Alternativtext eines Bildes',
  attachments: 'Dateiname eines Anhangs',
};

export const PrivacyFindingKind = {
  CustomerNumber: 'customer-number',
  Iban: 'iban',
  BirthDate: 'birth-date',
  HealthDetail: 'health-detail',
} as const;
export type PrivacyFindingKind = (typeof PrivacyFindingKind)[keyof typeof PrivacyFindingKind];

export const PRIVACY_FINDING_LABELS: Readonly<Record<PrivacyFindingKind, string>> = {
  'customer-number': 'Kunden- oder BG-Nummer',
  iban: 'Bankverbindung (IBAN)',
  'birth-date': 'Geburtsdatum neben einem Namen',
  'health-detail': 'Gesundheitsangabe neben einem Namen',
};

export interface PrivacyFindingDto {
  field: PrivacyFindingField;
  kind: PrivacyFindingKind;
  /** The matched passage, as found. */
  excerpt: string;
}

export interface PrivacyCheckDto {
  findings: PrivacyFindingDto[];
}

/** Shared with every content type; „ehemalige Person“ once the account is deleted. */
export type PracticeAuthorDto = AuthorSummaryDto;

export interface PracticeSummaryDto {
  id: string;
  title: string;
  summary: string;
  status: PracticeStatus;
  organisation: OrganisationSummaryDto | null;
  targetGroups: TaxonomyTermDto[];
  fields: TaxonomyTermDto[];
  hasKeyFigures: boolean;
  adoptionCount: number;
  helpfulCount: number;
  publishedAt: string | null;
  updatedAt: string;
  demo: boolean;
}

export interface PracticeImageDto {
  id: string;
  altText: string;
  /** The original (same origin, needs the session). */
  url: string;
  /** The ~400 px WebP preview once rendered and scanned; null until then (show `url`). */
  thumbnailUrl: string | null;
  /** The ~1600 px WebP preview once rendered and scanned; null until then (show `url`). */
  previewUrl: string | null;
}

export interface PracticeAttachmentDto {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
  /**
   * True when the search found no text in the file (a PDF without a text layer, e.g. a scan): it
   * is found by its name only. Only for people who may edit the entry, otherwise null.
   */
  textMissing: boolean | null;
}

export interface PracticeFilesViewDto {
  images: PracticeImageDto[];
  attachments: PracticeAttachmentDto[];
}

export interface PracticeDto extends PracticeSummaryDto {
  situation: string;
  approach: string;
  results: string;
  duration: string;
  costs: string;
  partners: string;
  transferability: string;
  keyFigures: KeyFigureDto[];
  contact: PracticeContactDto;
  author: PracticeAuthorDto | null;
  /** The last „zurückgegeben“ comment, shown to the author until the entry is resubmitted. */
  reviewComment: string | null;
  submittedAt: string | null;
  archivedAt: string | null;
  /** When the author submitted despite the privacy guard's findings; only for the entry's reviewers. */
  privacyConfirmedAt: string | null;
  images: PracticeImageDto[];
  attachments: PracticeAttachmentDto[];
  version: number;
  createdAt: string;
  /** What the signed-in user may do (the server decides; the UI only shows it). */
  may: PracticePermissionsDto;
  following: boolean;
  bookmarked: boolean;
  helpfulByMe: boolean;
  /** Whether the user's organisation has marked it adopted. */
  adoptedByMyOrganisation: boolean;
}

export interface PracticePermissionsDto {
  edit: boolean;
  submit: boolean;
  review: boolean;
  archive: boolean;
  delete: boolean;
  adopt: boolean;
}

export interface PracticePageDto {
  items: PracticeSummaryDto[];
  nextCursor: string | null;
}

export interface PracticeListQuery {
  cursor?: string;
  limit?: number;
  fieldId?: string;
  targetGroupId?: string;
  state?: OrganisationState;
  organisationId?: string;
  /** Entries adopted by this organisation. */
  adoptedBy?: string;
  hasKeyFigures?: boolean;
  /** Only the user's Merkliste. */
  bookmarked?: boolean;
  sort?: PracticeSort;
  q?: string;
}

/** Drafts, returned and submitted entries of the user, and what waits for their review. */
export interface PracticeDeskDto {
  mine: PracticeSummaryDto[];
  toReview: PracticeSummaryDto[];
}

export interface PracticeAdoptionDto {
  organisation: OrganisationSummaryDto;
  note: string | null;
  adoptedAt: string;
  adoptedBy: PracticeAuthorDto | null;
}

export interface AdoptionStateCountDto {
  state: OrganisationState;
  count: number;
}

export interface PracticeAdoptionsDto {
  count: number;
  byState: AdoptionStateCountDto[];
  items: PracticeAdoptionDto[];
}

export interface AdoptPracticeRequest {
  note?: string;
}

export interface PracticeVersionDto {
  /** The optimistic-locking counter the version was saved at (identifies it; has gaps). */
  version: number;
  /** Shown as „Version n“: 1, 2, 3 … over the versions this user can see. */
  number: number;
  editedAt: string;
  editedBy: PracticeAuthorDto | null;
  content: PracticeContent;
}

export interface PracticeVersionListDto {
  items: PracticeVersionDto[];
}

export interface RecommendationReasonDto {
  kind: 'same-category' | 'same-state' | 'neighbour-state' | 'field';
  /** Shown on screen, e.g. „Auch ein Landkreis“. */
  text: string;
}

export interface PracticeRecommendationDto {
  practice: PracticeSummaryDto;
  reasons: RecommendationReasonDto[];
}

export interface PracticeRecommendationsDto {
  /** The user's organisation the recommendations are for; null without one. */
  organisation: (OrganisationSummaryDto & { category: OrganisationCategory }) | null;
  items: PracticeRecommendationDto[];
}

export interface SimilarPracticeDto {
  practice: PracticeSummaryDto;
  sharedTerms: string[];
}

export interface SimilarPracticesDto {
  items: SimilarPracticeDto[];
}

export interface PracticeHelpfulDto {
  count: number;
  mine: boolean;
}
