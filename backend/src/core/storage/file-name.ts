export const MAX_FILE_NAME_LENGTH = 200;
const FALLBACK_NAME = 'datei';

/**
 * A file name fit to store and to offer for download: no directories, no control or
 * direction-changing characters, no characters Windows refuses, not hidden, at most
 * MAX_FILE_NAME_LENGTH characters with the extension kept.
 */
export function sanitizeFileName(raw: string | undefined | null): string {
  let name = (raw ?? '').normalize('NFC');
  // Only the last path segment, whichever separator the client used.
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name) return FALLBACK_NAME;
  const characters = [...name];
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  const keep = extension.length > 0 && extension.length <= 16 ? extension : [];
  return (
    characters
      .slice(0, MAX_FILE_NAME_LENGTH - keep.length)
      .join('')
      .trimEnd() + keep.join('')
  );
}

/**
 * `Content-Disposition` with an ASCII fallback and the exact name per RFC 5987/6266.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const fallback =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%;]/g, '_') || FALLBACK_NAME;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
