import type { NewsAttachmentDto, NewsCoverDto } from '@portal/contracts';
import { BrowserPaths } from '@portal/contracts';
import { toFileScanDto } from '../../core/storage/processing/file-availability';
import { previewUrls } from '../../core/storage/processing/preview-urls';
import type { NewsFileEntity } from './news-file.entity';

export interface NewsFilesView {
  cover: NewsCoverDto | null;
  attachments: NewsAttachmentDto[];
}

export const NO_FILES: NewsFilesView = { cover: null, attachments: [] };

export function newsFileUrl(newsId: string, fileId: string): string {
  return `${BrowserPaths.news}/${newsId}/files/${fileId}`;
}

/** The thumbnail needs the file's scan and preview state; without the file row, there is none. */
export function toCoverDto(link: NewsFileEntity): NewsCoverDto {
  const url = newsFileUrl(link.newsId, link.fileId);
  return { url, altText: link.altText ?? '', ...previewUrls(url, link.file) };
}

/**
 * `inspect`: the viewer may read scan findings (Permission.FilesInspect). `textMissing`: whether
 * the search found no text in it, for editors only (null for everyone else).
 */
export function toAttachmentDto(
  link: NewsFileEntity,
  inspect = false,
  textMissing: boolean | null = null,
): NewsAttachmentDto {
  const url = newsFileUrl(link.newsId, link.fileId);
  const file = link.file;
  const scan = toFileScanDto(file ?? { scanStatus: 'pending', scanDetail: null, scannedAt: null }, inspect);
  return {
    id: link.fileId,
    name: file?.originalName ?? '',
    mediaType: file?.mediaType ?? 'application/octet-stream',
    size: file?.size ?? 0,
    url,
    scan,
    ...previewUrls(url, file),
    textMissing,
  };
}

/** `withoutText`: for editors, the attachments the search found no text in; null for everyone else. */
export function toFilesView(
  links: readonly NewsFileEntity[],
  inspect = false,
  withoutText: ReadonlySet<string> | null = null,
): NewsFilesView {
  const cover = links.find((link) => link.role === 'cover');
  return {
    cover: cover ? toCoverDto(cover) : null,
    attachments: links
      .filter((link) => link.role === 'attachment')
      .map((link) => toAttachmentDto(link, inspect, withoutText ? withoutText.has(link.fileId) : null)),
  };
}

/** Groups links of several items by item. */
export function toFilesViews(links: readonly NewsFileEntity[]): Map<string, NewsFilesView> {
  const byNews = new Map<string, NewsFileEntity[]>();
  for (const link of links) byNews.set(link.newsId, [...(byNews.get(link.newsId) ?? []), link]);
  return new Map([...byNews].map(([newsId, group]) => [newsId, toFilesView(group)]));
}
