import type { NewsAttachmentDto, NewsCoverDto } from '@portal/contracts';
import { BrowserPaths } from '@portal/contracts';
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

export function toAttachmentDto(link: NewsFileEntity): NewsAttachmentDto {
  return {
    id: link.fileId,
    name: link.file?.originalName ?? '',
    mediaType: link.file?.mediaType ?? 'application/octet-stream',
    size: link.file?.size ?? 0,
    url: newsFileUrl(link.newsId, link.fileId),
  };
}

export function toFilesView(links: readonly NewsFileEntity[]): NewsFilesView {
  const cover = links.find((link) => link.role === 'cover');
  return {
    cover: cover ? toCoverDto(cover) : null,
    attachments: links.filter((link) => link.role === 'attachment').map(toAttachmentDto),
  };
}

/** Groups links of several items by item. */
export function toFilesViews(links: readonly NewsFileEntity[]): Map<string, NewsFilesView> {
  const byNews = new Map<string, NewsFileEntity[]>();
  for (const link of links) byNews.set(link.newsId, [...(byNews.get(link.newsId) ?? []), link]);
  return new Map([...byNews].map(([newsId, group]) => [newsId, toFilesView(group)]));
}
