import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { SearchResponseDto, SearchSuggestResponseDto } from '@portal/contracts';
import { zip } from '../../support/file-fixtures';
import type { HttpClient } from '../../support/http-client';

import { json } from '../../support/json';

export { json };

export async function search(client: HttpClient, q: string, extra = ''): Promise<SearchResponseDto> {
  return json<SearchResponseDto>(await client.get(`/api/search?q=${encodeURIComponent(q)}${extra}`), 200);
}

export async function suggest(client: HttpClient, q: string): Promise<SearchSuggestResponseDto> {
  return json<SearchSuggestResponseDto>(
    await client.get(`/api/search/suggest?q=${encodeURIComponent(q)}`),
    200,
  );
}

export const titles = (response: SearchResponseDto) => response.results.map((result) => result.title);

/** A one-page PDF with real text (pdf-lib, standard font). */
export async function textPdf(lines: string[]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 20, size: 12, font }));
  return Buffer.from(await document.save());
}

/** A PDF page with nothing but a rectangle: what a scan without OCR looks like to pdftotext. */
export async function imageOnlyPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 200 });
  return Buffer.from(await document.save());
}

/** A minimal but valid DOCX (deflate-free ZIP) whose document.xml holds the paragraphs. */
export function textDocx(paragraphs: string[]): Buffer {
  const body = paragraphs
    .map(
      (text) =>
        `<w:p><w:pPr/><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`,
    )
    .join('');
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: '_rels/.rels', data: '<Relationships/>' },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

export function fileForm(name: string, content: Buffer, fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  body.append('file', new Blob([new Uint8Array(content)]), name);
  return body;
}
