import { EXTENSION_MEDIA_TYPES, MediaType } from './media-types';

/** How many leading bytes the detector looks at. */
export const DETECTION_HEAD_BYTES = 64 * 1024;

export type Detection =
  | { kind: 'type'; mediaType: MediaType }
  /** Plain text; whether it is .txt or .csv only the extension can tell. */
  | { kind: 'text' }
  /** Programs and scripts: refused everywhere, whatever they are called. */
  | { kind: 'executable' }
  | { kind: 'unknown' };

export type UploadVerdict =
  | { ok: true; mediaType: MediaType }
  | { ok: false; reason: 'executable' | 'unknown' | 'mismatch' | 'not-allowed' };

const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP',
  'dash', 'mmp4', 'MSNV', 'NDAS', 'f4v ',
]); // prettier-ignore

const ODF_TYPES: Readonly<Record<string, MediaType>> = {
  'application/vnd.oasis.opendocument.text': MediaType.Odt,
  'application/vnd.oasis.opendocument.spreadsheet': MediaType.Ods,
  'application/vnd.oasis.opendocument.presentation': MediaType.Odp,
};

function startsWith(head: Buffer, bytes: readonly number[], offset = 0): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((byte, index) => head[offset + index] === byte);
}

function ascii(head: Buffer, start: number, end: number): string {
  return head.length >= end ? head.toString('latin1', start, end) : '';
}

function isExecutable(head: Buffer): boolean {
  return (
    startsWith(head, [0x4d, 0x5a]) || // MZ: Windows PE/DOS
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(head, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O, both byte orders
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O universal (and Java classes)
    startsWith(head, [0x23, 0x21]) || // #! script
    startsWith(head, [0xef, 0xbb, 0xbf, 0x23, 0x21]) || // #! after a UTF-8 BOM
    startsWith(head, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]) // Windows shortcut (.lnk)
  );
}

/** Programs, scripts and installers by name: refused when an archive (office file) carries them. */
const EXECUTABLE_ENTRY =
  /\.(exe|dll|com|scr|pif|cpl|msi|msp|msc|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|jar|class|sh|bash|zsh|py|pl|rb|php|lnk|reg|scf|inf|apk|deb|rpm|dylib|so|elf|bin\.exe)$|\.app\//i;

/**
 * Office files that carry code: VBA (`vbaProject.bin`), ActiveX controls, ODF macro libraries
 * (`Basic/`, `Scripts/`), or embedded programs and scripts recognisable by name. Programs hidden
 * under harmless names inside an archive are the virus scanner's job (clamd unpacks archives).
 */
function zipCarriesCode(entries: readonly string[]): boolean {
  return entries.some(
    (name) =>
      /(^|\/)vbaProject\.bin$/i.test(name) ||
      /(^|\/)activeX\//i.test(name) ||
      /^(Basic|Scripts)\//.test(name) ||
      EXECUTABLE_ENTRY.test(name),
  );
}

/**
 * EPS: PostScript whose first line declares `EPSF` (`%!PS-Adobe-3.0 EPSF-3.0`), or the binary
 * DOS EPS header (C5 D0 D3 C6) that wraps PostScript with a preview.
 */
function isEps(head: Buffer): boolean {
  if (startsWith(head, [0xc5, 0xd0, 0xd3, 0xc6])) return true;
  const firstLine = head.toString('latin1', 0, Math.min(head.length, 80)).split(/\r?\n|\r/)[0] ?? '';
  return /^%!PS-Adobe-\d\.\d+ EPSF-\d\.\d+/.test(firstLine);
}

/** ODF puts an uncompressed `mimetype` entry first; its content names the document type. */
function odfType(head: Buffer): MediaType | undefined {
  if (head.length < 30) return undefined;
  const method = head.readUInt16LE(8);
  const size = head.readUInt32LE(18);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (method !== 0 || ascii(head, 30, 30 + nameLength) !== 'mimetype') return undefined;
  const start = 30 + nameLength + extraLength;
  return ODF_TYPES[ascii(head, start, start + size)];
}

function ooxmlType(entries: readonly string[]): MediaType | undefined {
  if (!entries.includes('[Content_Types].xml')) return undefined;
  if (entries.some((name) => name.startsWith('word/'))) return MediaType.Docx;
  if (entries.some((name) => name.startsWith('xl/'))) return MediaType.Xlsx;
  if (entries.some((name) => name.startsWith('ppt/'))) return MediaType.Pptx;
  return undefined;
}

/** Text: no control characters besides tab, line feed, form feed and carriage return; no NUL. */
function isText(head: Buffer): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      return false;
  }
  return true;
}

/** SVG: text whose first element, after prolog, comments and doctype, is `<svg`. */
function isSvg(text: string): boolean {
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)\s*/i.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  return /^<svg[\s>/]/.test(rest);
}

/**
 * Recognises a file from its first bytes (`head`, up to DETECTION_HEAD_BYTES) and, for ZIP
 * containers, the names in its central directory (`zipEntries`, null when not a readable ZIP).
 */
export function detectMediaType(head: Buffer, zipEntries: readonly string[] | null): Detection {
  if (isExecutable(head)) return { kind: 'executable' };
  const type = (mediaType: MediaType): Detection => ({ kind: 'type', mediaType });

  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return type(MediaType.Pdf); // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return type(MediaType.Png);
  if (startsWith(head, [0xff, 0xd8, 0xff])) return type(MediaType.Jpeg);
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return type(MediaType.Gif);
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return type(MediaType.Webp);
  if (isEps(head)) return type(MediaType.Eps);
  if (ascii(head, 4, 8) === 'ftyp' && MP4_BRANDS.has(ascii(head, 8, 12))) return type(MediaType.Mp4);

  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // Office documents with macros or embedded programs carry code: refused like programs.
    if (zipEntries && zipCarriesCode(zipEntries)) return { kind: 'executable' };
    const office = odfType(head) ?? (zipEntries ? ooxmlType(zipEntries) : undefined);
    return office ? type(office) : { kind: 'unknown' };
  }

  if (isText(head)) return isSvg(head.toString('utf8')) ? type(MediaType.Svg) : { kind: 'text' };
  return { kind: 'unknown' };
}

/** The lowercased extension of a (sanitised) file name, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * Decides an upload: the content must be recognised, agree with the file's extension and be one
 * of the types the caller allows. Programs are refused before anything else.
 */
export function judgeUpload(
  detection: Detection,
  fileName: string,
  allowed: readonly MediaType[],
): UploadVerdict {
  if (detection.kind === 'executable') return { ok: false, reason: 'executable' };
  if (detection.kind === 'unknown') return { ok: false, reason: 'unknown' };
  const claimed = EXTENSION_MEDIA_TYPES[extensionOf(fileName)];
  if (!claimed) return { ok: false, reason: 'mismatch' };
  const textual = claimed === MediaType.Text || claimed === MediaType.Csv;
  const matches = detection.kind === 'text' ? textual : detection.mediaType === claimed;
  if (!matches) return { ok: false, reason: 'mismatch' };
  if (!allowed.includes(claimed)) return { ok: false, reason: 'not-allowed' };
  return { ok: true, mediaType: claimed };
}
