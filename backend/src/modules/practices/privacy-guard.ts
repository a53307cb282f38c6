import {
  PRACTICE_TEXT_FIELDS,
  PracticeTextField,
  PrivacyCheckRequest,
  PrivacyFindingDto,
  PrivacyFindingField,
  PrivacyFindingKind,
} from '@portal/contracts';

/**
 * Looks for passages that read like client data (Sozialdaten) in the text of a practice entry.
 * It is a guard for the author, not a filter: findings are shown and must be fixed or confirmed.
 * The patterns aim at typical slips (a Kundennummer copied from a case file, „Frau K., geb.
 * 03.04.1987“, „Herr M. ist alkoholkrank“) and leave statistics and dates of a project alone.
 */

/** Name-like: „Herr Müller“, „Frau K.“, „Kundin Anna Schmidt“, „Teilnehmer Max M.“. */
const NAME = String.raw`(?:\b(?:Herrn?|Frau|Kundin|Kunde|Kunden|Klientin|Klient|Teilnehmerin|Teilnehmer|Leistungsberechtigter?|Antragsteller(?:in)?)\s+[A-ZÄÖÜ][a-zäöüß]*\.?(?:\s+[A-ZÄÖÜ][a-zäöüß]+\.?)?)`;
const NAME_PATTERN = new RegExp(NAME, 'gu');

/** Kundennummer of the Bundesagentur (e.g. 123D456789), BG-Nummer (e.g. 12345BG0012345), or a labelled number. */
const CUSTOMER_NUMBER = new RegExp(
  String.raw`\b\d{3}[A-Z]\d{6}\b|\b\d{5}\s?BG\s?\d{7}\b|\b(?:Kunden|BG|Bedarfsgemeinschafts|Aktenzeichen)[-\s]?(?:nummer|nr\.?)\s*:?\s*[A-Z0-9][A-Z0-9 /-]{4,}`,
  'giu',
);

const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g;

const DATE = String.raw`\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)?\d{2}\b`;
const BIRTH_KEYWORD = new RegExp(String.raw`\b(?:geb\.|geboren(?:\s+am)?|Geburtsdatum:?)\s*${DATE}`, 'giu');
const DATE_PATTERN = new RegExp(DATE, 'gu');

/**
 * „Max Mustermann (12.05.1979)“, „Anna Schmidt, 03.04.1987“: a first and last name right before a
 * date. Only directly adjacent, so „Projektstart Biberach am 01.03.2023“ and project periods stay out.
 */
const PLAIN_NAME_DATE = new RegExp(
  String.raw`(?<!\p{L})[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s*(?:,\s*|\(\s*|\s)(?:\*\s*)?${DATE}`,
  'gu',
);

const HEALTH = new RegExp(
  String.raw`\b(?:Diagnose|diagnostiziert|Depression(?:en)?|depressiv|psychisch\s+krank|Psychose|Schizophrenie|Sucht|süchtig|alkoholkrank|alkoholabhängig|drogenabhängig|abhängig|Alkoholiker(?:in)?|HIV|Krebs|Tumor|Epilepsie|Diabetes|Borderline|Burn-?out|Therapie|Psychiatrie|Entzug|Reha(?:bilitation)?|Schwerbehinderung|schwerbehindert|erkrankt|Erkrankung|arbeitsunfähig|krankgeschrieben|Suizid\w*)\b`,
  'giu',
);

/** How far (in characters) a name and a detail may be apart to count as „next to each other“. */
const NEAR = 80;

/**
 * Scans the text fields, the key figures, the image alt texts and the attachment names fully. The
 * contact is the author's own name, role, e-mail and phone by design, so there only numbers that
 * never belong there (customer/BG numbers, IBANs) and a stated birth date count.
 */
export function findPrivacyRisks(input: PrivacyCheckRequest): PrivacyFindingDto[] {
  const findings: PrivacyFindingDto[] = [];
  const scan = (field: PrivacyFindingField, text: string | undefined, contactOnly = false) => {
    if (text) scanText(field, text, contactOnly, findings);
  };
  for (const field of Object.keys(PRACTICE_TEXT_FIELDS) as PracticeTextField[]) scan(field, input[field]);
  for (const figure of input.keyFigures ?? [])
    scan('keyFigures', [figure.label, figure.value, figure.unit].filter(Boolean).join(' '));
  const contact = input.contact;
  if (contact) scan('contact', [contact.name, contact.role, contact.email, contact.phone].join(' '), true);
  for (const altText of input.imageAltTexts ?? []) scan('images', altText);
  // File names join words with „_“ or „-“ (Liste_Herr_Meier_geb_01.02.1980.pdf).
  for (const name of input.attachmentNames ?? []) scan('attachments', name.replace(/_+/g, ' '));
  return findings;
}

function scanText(
  field: PrivacyFindingField,
  text: string,
  contactOnly: boolean,
  findings: PrivacyFindingDto[],
): void {
  const add = (kind: PrivacyFindingKind, excerpt: string) => {
    const trimmed = excerpt.trim();
    if (!findings.some((found) => found.field === field && found.kind === kind && found.excerpt === trimmed))
      findings.push({ field, kind, excerpt: trimmed });
  };
  for (const match of text.matchAll(CUSTOMER_NUMBER)) add('customer-number', match[0]);
  for (const match of text.matchAll(IBAN)) if (validIban(match[0])) add('iban', match[0]);
  const keywordDates: { start: number; end: number }[] = [];
  for (const match of text.matchAll(BIRTH_KEYWORD)) {
    add('birth-date', match[0]);
    keywordDates.push({ start: match.index, end: match.index + match[0].length });
  }
  if (contactOnly) return;
  for (const match of text.matchAll(PLAIN_NAME_DATE)) {
    if (!birthYearPlausible(match[0])) continue;
    add('birth-date', match[0].replace(/\s+/g, ' '));
    // The date is reported with its name; the honorific check below need not report it again.
    keywordDates.push({ start: match.index, end: match.index + match[0].length });
  }
  const names = [...text.matchAll(NAME_PATTERN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  for (const match of text.matchAll(DATE_PATTERN)) {
    if (keywordDates.some((found) => match.index >= found.start && match.index < found.end)) continue;
    const near = names.find((name) => distance(name, match.index, match[0].length) <= NEAR);
    if (near) add('birth-date', excerptAround(text, near, match.index, match[0].length));
  }
  for (const match of text.matchAll(HEALTH)) {
    const near = names.find((name) => distance(name, match.index, match[0].length) <= NEAR);
    if (near) add('health-detail', excerptAround(text, near, match.index, match[0].length));
  }
}

/**
 * Clients are at least 15, so a date after that is a project date („Jobcenter Biberach, 01.03.2023“).
 * Two-digit years up to this year's count as 20xx.
 */
function birthYearPlausible(passage: string): boolean {
  const year = /(\d{2,4})$/.exec(passage)?.[1] ?? '';
  const thisYear = new Date().getFullYear();
  const full =
    year.length === 4 ? Number(year) : Number(year) + (Number(year) <= thisYear % 100 ? 2000 : 1900);
  return full <= thisYear - 15;
}

function distance(name: { start: number; end: number }, index: number, length: number): number {
  if (index >= name.end) return index - name.end;
  if (index + length <= name.start) return name.start - (index + length);
  return 0;
}

function excerptAround(
  text: string,
  name: { start: number; end: number },
  index: number,
  length: number,
): string {
  const start = Math.min(name.start, index);
  const end = Math.max(name.end, index + length);
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** ISO 13616 check digits (mod 97), so arbitrary letter-number runs are not reported. */
function validIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
