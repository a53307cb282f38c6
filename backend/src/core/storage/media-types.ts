/** The media types the portal recognises from a file's content, with the extensions they may carry. */
export const MediaType = {
  Pdf: 'application/pdf',
  Png: 'image/png',
  Jpeg: 'image/jpeg',
  Gif: 'image/gif',
  Webp: 'image/webp',
  Svg: 'image/svg+xml',
  /** Encapsulated PostScript (print originals). */
  Eps: 'application/postscript',
  Docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  Xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  Pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  Odt: 'application/vnd.oasis.opendocument.text',
  Ods: 'application/vnd.oasis.opendocument.spreadsheet',
  Odp: 'application/vnd.oasis.opendocument.presentation',
  Mp4: 'video/mp4',
  Text: 'text/plain',
  Csv: 'text/csv',
} as const;
export type MediaType = (typeof MediaType)[keyof typeof MediaType];

export const EXTENSION_MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  pdf: MediaType.Pdf,
  png: MediaType.Png,
  jpg: MediaType.Jpeg,
  jpeg: MediaType.Jpeg,
  gif: MediaType.Gif,
  webp: MediaType.Webp,
  svg: MediaType.Svg,
  eps: MediaType.Eps,
  docx: MediaType.Docx,
  xlsx: MediaType.Xlsx,
  pptx: MediaType.Pptx,
  odt: MediaType.Odt,
  ods: MediaType.Ods,
  odp: MediaType.Odp,
  mp4: MediaType.Mp4,
  m4v: MediaType.Mp4,
  txt: MediaType.Text,
  csv: MediaType.Csv,
};

/** Raster images a browser may show inline; everything else (SVG included) is downloaded. */
export const INLINE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  MediaType.Png,
  MediaType.Jpeg,
  MediaType.Gif,
  MediaType.Webp,
]);

export const ALL_MEDIA_TYPES: readonly MediaType[] = Object.values(MediaType);
