import { DomainError, ErrorCode } from '../http/domain-error';
import { MediaType } from './media-types';

const LABELS: Readonly<Record<MediaType, string>> = {
  [MediaType.Pdf]: 'PDF',
  [MediaType.Png]: 'PNG',
  [MediaType.Jpeg]: 'JPEG',
  [MediaType.Gif]: 'GIF',
  [MediaType.Webp]: 'WebP',
  [MediaType.Svg]: 'SVG',
  [MediaType.Eps]: 'EPS',
  [MediaType.Docx]: 'Word (DOCX)',
  [MediaType.Xlsx]: 'Excel (XLSX)',
  [MediaType.Pptx]: 'PowerPoint (PPTX)',
  [MediaType.Odt]: 'Text (ODT)',
  [MediaType.Ods]: 'Tabelle (ODS)',
  [MediaType.Odp]: 'Präsentation (ODP)',
  [MediaType.Mp4]: 'Video (MP4)',
  [MediaType.Text]: 'Text (TXT)',
  [MediaType.Csv]: 'CSV',
};

export function allowedList(allowed: readonly MediaType[]): string {
  return [...new Set(allowed.map((type) => LABELS[type]))].join(', ');
}

/** „50 MB“, „1 GB“, „512 KB“ – binary units with the labels people know. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, label] of units) {
    if (bytes >= size) {
      return `${(bytes / size).toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${label}`;
    }
  }
  return `${bytes} Bytes`;
}

export const UploadProblems = {
  notMultipart: () =>
    new DomainError(
      ErrorCode.UnsupportedMediaType,
      'Dateien werden als Formular (multipart/form-data) hochgeladen.',
    ),
  malformed: () =>
    new DomainError(
      ErrorCode.ValidationFailed,
      'Die Datei ist nicht vollständig angekommen. Bitte erneut versuchen.',
    ),
  noFile: (field: string) =>
    new DomainError(ErrorCode.ValidationFailed, 'Bitte wählen Sie eine Datei aus.', {
      [field]: ['Pflichtfeld.'],
    }),
  empty: (field: string) =>
    new DomainError(ErrorCode.ValidationFailed, 'Die Datei ist leer.', { [field]: ['Die Datei ist leer.'] }),
  tooManyParts: () =>
    new DomainError(
      ErrorCode.ValidationFailed,
      'Bitte senden Sie genau eine Datei und nur die vorgesehenen Felder.',
    ),
  unexpectedFile: (name: string) =>
    new DomainError(ErrorCode.ValidationFailed, `Das Feld „${name}“ erwartet keine Datei.`),
  fieldTooLong: (name: string) =>
    new DomainError(ErrorCode.ValidationFailed, `Das Feld „${name}“ ist zu lang.`, {
      [name]: ['Zu lang.'],
    }),
  tooLarge: (maxBytes: number) =>
    new DomainError(
      ErrorCode.PayloadTooLarge,
      `Die Datei ist zu groß. Erlaubt sind höchstens ${formatBytes(maxBytes)}.`,
    ),
  svgTooLarge: (maxBytes: number) =>
    new DomainError(
      ErrorCode.PayloadTooLarge,
      `SVG-Dateien dürfen höchstens ${formatBytes(maxBytes)} groß sein.`,
    ),
  executable: () =>
    new DomainError(
      ErrorCode.UnsupportedMediaType,
      'Programme und Skripte (auch Office-Dateien mit Makros) können nicht hochgeladen werden.',
    ),
  unknown: (allowed: readonly MediaType[]) =>
    new DomainError(
      ErrorCode.UnsupportedMediaType,
      `Das Dateiformat wurde nicht erkannt. Erlaubt sind: ${allowedList(allowed)}.`,
    ),
  mismatch: (allowed: readonly MediaType[]) =>
    new DomainError(
      ErrorCode.UnsupportedMediaType,
      `Der Inhalt der Datei passt nicht zu ihrer Endung. Erlaubt sind: ${allowedList(allowed)}.`,
    ),
  notAllowed: (allowed: readonly MediaType[]) =>
    new DomainError(
      ErrorCode.UnsupportedMediaType,
      `Dateien dieses Typs sind hier nicht erlaubt. Erlaubt sind: ${allowedList(allowed)}.`,
    ),
};
