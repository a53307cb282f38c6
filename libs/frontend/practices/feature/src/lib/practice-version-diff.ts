import { PRACTICE_TEXT_FIELDS, PracticeContent, PracticeTextField } from '@portal/contracts';

type StructuredField = 'keyFigures' | 'contact' | 'targetGroupIds' | 'fieldIds';
export type VersionDiffField = PracticeTextField | StructuredField;

export interface VersionFieldChange {
  field: VersionDiffField;
  label: string;
  before: string;
  after: string;
}

/** Every part of the versioned content, in form order, with its German label. */
const DIFF_LABELS: ReadonlyArray<[VersionDiffField, string]> = [
  ['title', PRACTICE_TEXT_FIELDS.title],
  ['summary', PRACTICE_TEXT_FIELDS.summary],
  ['targetGroupIds', 'Zielgruppen'],
  ['fieldIds', 'Handlungsfelder'],
  ['situation', PRACTICE_TEXT_FIELDS.situation],
  ['approach', PRACTICE_TEXT_FIELDS.approach],
  ['results', PRACTICE_TEXT_FIELDS.results],
  ['keyFigures', 'Kennzahlen'],
  ['duration', PRACTICE_TEXT_FIELDS.duration],
  ['costs', PRACTICE_TEXT_FIELDS.costs],
  ['partners', PRACTICE_TEXT_FIELDS.partners],
  ['transferability', PRACTICE_TEXT_FIELDS.transferability],
  ['contact', 'Ansprechperson'],
];

/**
 * The structured parts as lines of text, so the same word diff shows them. Term ids of a version
 * may belong to terms merged away since: they show as „(zusammengeführter Begriff)“.
 */
function asText(
  content: PracticeContent,
  field: VersionDiffField,
  terms: ReadonlyMap<string, string>,
): string {
  switch (field) {
    case 'keyFigures':
      return (content.keyFigures ?? [])
        .map((figure) => `${figure.label}: ${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`)
        .join('\n');
    case 'contact': {
      const contact = content.contact;
      if (!contact) return '';
      return [
        `Name: ${contact.name}`,
        `Funktion: ${contact.role}`,
        `E-Mail: ${contact.email}`,
        `Telefon: ${contact.phone}`,
      ].join('\n');
    }
    case 'targetGroupIds':
    case 'fieldIds':
      return (content[field] ?? []).map((id) => terms.get(id) ?? '(zusammengeführter Begriff)').join('\n');
    default:
      return content[field] ?? '';
  }
}

/** What changed from `before` (null: the first version) to `after`. */
export function versionChanges(
  before: PracticeContent | null,
  after: PracticeContent,
  terms: ReadonlyMap<string, string>,
): VersionFieldChange[] {
  return DIFF_LABELS.flatMap(([field, label]) => {
    const old = before ? asText(before, field, terms) : '';
    const now = asText(after, field, terms);
    return old === now ? [] : [{ field, label, before: old, after: now }];
  });
}
