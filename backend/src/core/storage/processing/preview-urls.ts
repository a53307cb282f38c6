import { isFileAvailable } from '@portal/contracts';
import type { StoredFileEntity } from '../stored-file.entity';

export interface PreviewUrls {
  thumbnailUrl: string | null;
  previewUrl: string | null;
}

/**
 * The preview routes of a file served at `fileUrl` (`…/preview/thumb|large`, see previewSizePipe),
 * named only once the scan cleared the file and its previews are rendered; null otherwise, so the
 * page shows the original (or a placeholder) until then.
 */
export function previewUrls(
  fileUrl: string,
  file: Pick<StoredFileEntity, 'previewStatus' | 'scanStatus'> | null | undefined,
): PreviewUrls {
  const ready = !!file && isFileAvailable(file.scanStatus) && file.previewStatus === 'ready';
  return {
    thumbnailUrl: ready ? `${fileUrl}/preview/thumb` : null,
    previewUrl: ready ? `${fileUrl}/preview/large` : null,
  };
}
