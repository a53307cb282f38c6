import type { FilePreviewSize } from '@portal/contracts';
import { MediaType } from '../media-types';

/** Target widths of the two previews (never enlarged beyond the original). */
export const PREVIEW_WIDTHS: Readonly<Record<FilePreviewSize, number>> = { thumb: 400, large: 1600 };
export const PREVIEW_SIZES: readonly FilePreviewSize[] = ['thumb', 'large'];
export const PREVIEW_MEDIA_TYPE = 'image/webp';

/** Types with a preview: raster images, SVG (rendered from the sanitised file) and PDF (page 1). */
export const PREVIEWABLE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  MediaType.Png,
  MediaType.Jpeg,
  MediaType.Gif,
  MediaType.Webp,
  MediaType.Svg,
  MediaType.Pdf,
]);

/**
 * Storage key of a preview, derived from the file's key (keys allow only hex and dashes, so the
 * suffix is the width): deleted together with the file.
 */
export function previewKey(storageKey: string, size: FilePreviewSize): string {
  return `${storageKey}-${String(PREVIEW_WIDTHS[size]).padStart(4, '0')}`;
}

export function derivedKeys(storageKey: string): string[] {
  return PREVIEW_SIZES.map((size) => previewKey(storageKey, size));
}

/** The file's own key for one of its derived keys (or the key itself). */
export function ownerKey(key: string): string {
  return key.replace(/-\d{4}$/, '');
}
