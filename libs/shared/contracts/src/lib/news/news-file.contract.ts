/** The cover image of a news item. */
export interface NewsCoverDto {
  /** Download address (same origin, needs the session). */
  url: string;
  /** Describes the image for people who cannot see it. */
  altText: string;
  /** The ~400 px WebP preview for cards once rendered; null until then (show `url`). */
  thumbnailUrl: string | null;
  /** The ~1600 px WebP preview for the detail page once rendered; null until then (show `url`). */
  previewUrl: string | null;
}

import type { FileScanDto } from '../storage/stored-file.contract';

/** A file attached to a news item. */
export interface NewsAttachmentDto {
  id: string;
  /** File name as uploaded (sanitised). */
  name: string;
  /** Detected from the content, e.g. `application/pdf`. */
  mediaType: string;
  /** Bytes. */
  size: number;
  /** Download address; answers 409 while the file is being scanned, 403 when it is blocked. */
  url: string;
  /** Malware scan: only `scan.available` files can be downloaded. */
  scan: FileScanDto;
  /** Preview images (WebP, ~400 and ~1600 px wide) once rendered; null otherwise. */
  thumbnailUrl: string | null;
  previewUrl: string | null;
  /**
   * True when the search found no text in the file (a PDF without a text layer, e.g. a scan): it
   * is found by its name only. Only for people who may edit the item, otherwise null.
   */
  textMissing: boolean | null;
}

export const NEWS_FILE_LIMITS = { attachments: 20, altText: 300 } as const;

/** `accept` values for file inputs; the server checks the content, these only guide the picker. */
export const NEWS_COVER_ACCEPT = '.png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp';
export const NEWS_ATTACHMENT_ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.svg,.docx,.xlsx,.pptx,.odt,.ods,.odp,.mp4,.m4v,.txt,.csv';
