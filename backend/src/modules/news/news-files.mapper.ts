import type { NewsAttachmentDto, NewsCoverDto } from '@portal/contracts';
import { BrowserPaths } from '@portal/contracts';
import { toFileScanDto } from '../../core/storage/processing/file-availability';
import type { NewsFileEntity } from './news-file.entity';

export interface NewsFilesView {
  cover: NewsCoverDto | null;
  attachments: NewsAttachmentDto[];
}

export const NO_FILES: NewsFilesView = { cover: null, attachments: [] };

export function newsFileUrl(newsId: string, fileId: string): string {
  return `${BrowserPaths.news}/${newsId}/files/${fileId}`;
}

export function toCoverDto(link: NewsFileEntity): NewsCoverDto {
  return { url: newsFileUrl(link.newsId, link.fileId), altText: link.altText ?? '' };
}

/** `inspect`: the viewer may read scan findings (Permission.FilesInspect). */
export function toAttachmentDto(link: NewsFileEntity, inspect = false): NewsAttachmentDto {
  const url = newsFileUrl(link.newsId, link.fileId);
  const file = link.file;
  const scan = toFileScanDto(file ?? { scanStatus: 'pending', scanDetail: null, scannedAt: null }, inspect);
  const preview = scan.available && file?.previewStatus === 'ready';
  return {
    id: link.fileId,
    name: file?.originalName ?? '',
    mediaType: file?.mediaType ?? 'application/octet-stream',
    size: file?.size ?? 0,
    url,
    scan,
    thumbnailUrl: preview ? `${url}/preview/thumb` : null,
    previewUrl: preview ? `${url}/preview/large` : null,
  };
}

export function toFilesView(links: readonly NewsFileEntity[], inspect = false): NewsFilesView {
  const cover = links.find((link) => link.role === 'cover');
  return {
    cover: cover ? toCoverDto(cover) : null,
    attachments: links
      .filter((link) => link.role === 'attachment')
      .map((link) => toAttachmentDto(link, inspect)),
  };
}

/** Groups links of several items by item. */
export function toFilesViews(links: readonly NewsFileEntity[]): Map<string, NewsFilesView> {
  const byNews = new Map<string, NewsFileEntity[]>();
  for (const link of links) byNews.set(link.newsId, [...(byNews.get(link.newsId) ?? []), link]);
  return new Map([...byNews].map(([newsId, group]) => [newsId, toFilesView(group)]));
}
