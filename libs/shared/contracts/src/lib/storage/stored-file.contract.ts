/**
 * Malware scan of a stored file (ClamAV):
 * - `pending`: not scanned yet; the file is not downloadable until it is.
 * - `clean`: scanned, nothing found.
 * - `infected`: a signature matched; never downloadable.
 * - `not_scanned`: larger than the scanner accepts („nicht geprüft“, never „sauber“); not downloadable.
 * - `failed`: the scanner failed even after retries; not downloadable.
 * - `disabled`: no scanner configured (development); downloadable.
 */
export const FILE_SCAN_STATUSES = [
  'pending',
  'clean',
  'infected',
  'not_scanned',
  'failed',
  'disabled',
] as const;
export type FileScanStatus = (typeof FILE_SCAN_STATUSES)[number];

export const FILE_SCAN_LABELS: Readonly<Record<FileScanStatus, string>> = {
  pending: 'Wird auf Schadsoftware geprüft',
  clean: 'Geprüft, keine Schadsoftware gefunden',
  infected: 'Schadsoftware gefunden – gesperrt',
  not_scanned: 'Nicht geprüft (zu groß für den Virenscanner) – gesperrt',
  failed: 'Prüfung fehlgeschlagen – gesperrt',
  disabled: 'Nicht geprüft (kein Virenscanner eingerichtet)',
};

/** Statuses whose content may be downloaded (fail closed: everything else is refused). */
export const FILE_AVAILABLE_SCAN_STATUSES: readonly FileScanStatus[] = ['clean', 'disabled'];

export function isFileAvailable(status: FileScanStatus): boolean {
  return FILE_AVAILABLE_SCAN_STATUSES.includes(status);
}

/** Thumbnail/large preview of a stored file: `none` when the type has no preview. */
export const FILE_PREVIEW_STATUSES = ['none', 'pending', 'ready', 'failed'] as const;
export type FilePreviewStatus = (typeof FILE_PREVIEW_STATUSES)[number];

/** The two preview sizes: ~400 px and ~1600 px wide (WebP). */
export type FilePreviewSize = 'thumb' | 'large';

/** What the API tells about a stored file's scan. */
export interface FileScanDto {
  status: FileScanStatus;
  /** German label for the status, e.g. „Wird auf Schadsoftware geprüft“. */
  label: string;
  /** Whether the content can be downloaded now. */
  available: boolean;
  /**
   * The scanner's finding (e.g. the signature name) and when it scanned; only for people who
   * may inspect files (Permission.FilesInspect), otherwise null.
   */
  detail: string | null;
  scannedAt: string | null;
}

/** Shown to who may edit a file whose text the search could not read (`textMissing` in file DTOs). */
export const FILE_TEXT_MISSING_LABEL = 'Text nicht durchsuchbar (gescanntes PDF?)';
