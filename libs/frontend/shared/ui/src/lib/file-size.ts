import { Pipe, PipeTransform } from '@angular/core';

const UNITS: readonly [number, string][] = [
  [1024 ** 3, 'GB'],
  [1024 ** 2, 'MB'],
  [1024, 'KB'],
];
const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** „1,5 MB“, „320 KB“, „17 Bytes“ – binary units, German number format. */
export function formatFileSize(bytes: number): string {
  for (const [size, label] of UNITS) {
    if (bytes >= size) return `${NUMBER.format(bytes / size)} ${label}`;
  }
  return bytes === 1 ? '1 Byte' : `${NUMBER.format(bytes)} Bytes`;
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG-Bild',
  'image/jpeg': 'JPEG-Bild',
  'image/gif': 'GIF-Bild',
  'image/webp': 'WebP-Bild',
  'image/svg+xml': 'SVG-Grafik',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word-Dokument',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel-Tabelle',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint-Präsentation',
  'application/vnd.oasis.opendocument.text': 'ODF-Textdokument',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODF-Tabelle',
  'application/vnd.oasis.opendocument.presentation': 'ODF-Präsentation',
  'video/mp4': 'MP4-Video',
  'text/plain': 'Text',
  'text/csv': 'CSV-Tabelle',
};

/** A name people know for a media type („Word-Dokument“); „Datei“ for anything else. */
export function fileTypeLabel(mediaType: string): string {
  return TYPE_LABELS[mediaType] ?? 'Datei';
}

/** `{{ file.size | portalFileSize }}` → „1,5 MB“. */
@Pipe({ name: 'portalFileSize' })
export class FileSizePipe implements PipeTransform {
  transform(bytes: number | null | undefined): string {
    return bytes === null || bytes === undefined ? '' : formatFileSize(bytes);
  }
}

/** `{{ file.mediaType | portalFileType }}` → „PDF“. */
@Pipe({ name: 'portalFileType' })
export class FileTypePipe implements PipeTransform {
  transform(mediaType: string | null | undefined): string {
    return fileTypeLabel(mediaType ?? '');
  }
}
