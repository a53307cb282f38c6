import { FILE_SCAN_LABELS, type FileScanDto, type FileScanStatus, isFileAvailable } from '@portal/contracts';
import { DomainError, ErrorCode } from '../../http/domain-error';

/** What the gate needs to know of a stored file. */
export interface ScannedFile {
  scanStatus: FileScanStatus;
  scanDetail: string | null;
  scannedAt: Date | null;
}

const CONTACT = 'Bitte wenden Sie sich an die Koordination.';

const BLOCKED: Readonly<Record<Exclude<FileScanStatus, 'pending' | 'clean' | 'disabled'>, string>> = {
  infected: 'Die Datei ist gesperrt: Der Virenscanner hat Schadsoftware gefunden.',
  not_scanned: 'Die Datei ist gesperrt: Sie ist zu groß für den Virenscanner und wurde daher nicht geprüft.',
  failed: 'Die Datei ist gesperrt: Die Prüfung auf Schadsoftware ist fehlgeschlagen.',
};

export const PENDING_DETAIL =
  'Die Datei wird noch auf Schadsoftware geprüft. Bitte versuchen Sie es in einigen Minuten noch einmal.';

/**
 * The one download gate (fail closed): only `clean` and `disabled` files may be sent.
 * `pending` → 409 (temporary: try again shortly); `infected`, `not_scanned`, `failed` → 403
 * (permanent for everyone, whoever asks). People who may inspect files also read the finding.
 */
export function assertFileAvailable(file: ScannedFile, inspect: boolean): void {
  const status = file.scanStatus;
  if (isFileAvailable(status)) return;
  if (status === 'pending') throw new DomainError(ErrorCode.Conflict, PENDING_DETAIL);
  const reason = BLOCKED[status as keyof typeof BLOCKED] ?? BLOCKED.failed;
  const finding = inspect && file.scanDetail ? ` Befund: ${file.scanDetail}.` : '';
  throw new DomainError(ErrorCode.Forbidden, `${reason}${finding} ${CONTACT}`);
}

/** The scan as the API shows it; the finding and time only for people who may inspect files. */
export function toFileScanDto(file: ScannedFile, inspect: boolean): FileScanDto {
  return {
    status: file.scanStatus,
    label: FILE_SCAN_LABELS[file.scanStatus],
    available: isFileAvailable(file.scanStatus),
    detail: inspect ? file.scanDetail : null,
    scannedAt: inspect && file.scannedAt ? file.scannedAt.toISOString() : null,
  };
}
