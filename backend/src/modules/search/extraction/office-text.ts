import { MediaType } from '../../../core/storage/media-types';
import { ZipReader } from './zip-reader';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Text of an XML part: paragraph-like elements become line breaks, tags vanish, entities decode.
 * Every pattern is linear in the input: a tag match never runs past the next `<` and whitespace
 * runs are matched from their start only – an uploaded file of nothing but `<` or `\r` (which
 * compresses to almost nothing) must not block the process for minutes (quadratic backtracking).
 */
export function xmlText(xml: string): string {
  return xml
    .replace(/<(w:p|a:p|text:p|text:h|row|si|w:br|text:line-break|w:tab|text:tab)(\s[^<>]*)?\/?>/g, '\n')
    .replace(/<\/(w:p|a:p|text:p|text:h|row|si)>/g, '\n')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-z]{1,10});/g, (whole, code: string) => {
      if (code.startsWith('#x')) return safeChar(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return safeChar(parseInt(code.slice(1), 10));
      return ENTITIES[code] ?? whole;
    })
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/** Inline strings of a worksheet; a `<is>` without its end stops at the next one (linear). */
function inlineStrings(xml: string): string[] {
  return xml.match(/<is>(?:(?!<\/?is>)[\s\S])*<\/is>/g) ?? [];
}

function safeChar(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** The parts that hold the text, in reading order. */
function textParts(mediaType: string, names: string[]): string[] {
  const numbered = (pattern: RegExp) =>
    names
      .filter((name) => pattern.test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0));
  switch (mediaType) {
    case MediaType.Docx:
      return ['word/document.xml', ...numbered(/^word\/(header|footer|footnotes)\d*\.xml$/)].filter((name) =>
        names.includes(name),
      );
    case MediaType.Pptx:
      return numbered(/^ppt\/slides\/slide\d+\.xml$/);
    case MediaType.Xlsx:
      return ['xl/sharedStrings.xml', ...numbered(/^xl\/worksheets\/sheet\d+\.xml$/)].filter((name) =>
        names.includes(name),
      );
    case MediaType.Odt:
    case MediaType.Ods:
    case MediaType.Odp:
      return ['content.xml'];
    default:
      return [];
  }
}

export const OFFICE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  MediaType.Docx,
  MediaType.Pptx,
  MediaType.Xlsx,
  MediaType.Odt,
  MediaType.Ods,
  MediaType.Odp,
]);

/** Text of an Office Open XML or OpenDocument file, up to `maxChars`. */
export function officeText(data: Buffer, mediaType: string, maxChars: number): string {
  const zip = new ZipReader(data);
  const parts: string[] = [];
  let length = 0;
  for (const name of textParts(mediaType, zip.names())) {
    const xml = zip.read(name);
    if (!xml) continue;
    // Worksheet cells hold numbers and indexes into sharedStrings, only inline strings are text.
    const source = name.startsWith('xl/worksheets/')
      ? inlineStrings(xml.toString('utf8')).join('\n')
      : xml.toString('utf8');
    const text = xmlText(source);
    if (!text) continue;
    parts.push(text);
    length += text.length;
    if (length >= maxChars) break;
  }
  return parts.join('\n\n').slice(0, maxChars);
}
