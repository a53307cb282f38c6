import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import type { KitPageDto, KitTemplateFormat } from '@portal/contracts';
import { DomainError, ErrorCode } from '../../core/http/domain-error';

const MAX_PAGES = 20;
/** Longest side of an SVG template's raster background in pixels (about 300 dpi on A3). */
const SVG_RASTER_MAX = 3500;

/** Page sizes of a template; a file that cannot be read is a German 400. */
export async function inspectTemplate(format: KitTemplateFormat, bytes: Uint8Array): Promise<KitPageDto[]> {
  if (format === 'svg') return [svgSize(bytes)];
  let pages: KitPageDto[];
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    pages = pdf.getPages().map((page) => {
      const box = page.getMediaBox();
      return { width: round(box.width), height: round(box.height) };
    });
  } catch {
    throw unreadable('Die PDF-Datei kann nicht gelesen werden (beschädigt oder verschlüsselt).');
  }
  if (pages.length === 0 || pages.length > MAX_PAGES)
    throw unreadable(`Eine Vorlage braucht 1 bis ${MAX_PAGES} Seiten.`);
  return pages;
}

/**
 * A PDF with the SVG as the page's background image (one page, one unit = one point), so SVG
 * templates are filled by the same code as PDF templates: vector text, QR code and logo on top.
 */
export async function svgToPdf(bytes: Uint8Array): Promise<Uint8Array> {
  const size = svgSize(bytes);
  const scale = Math.min(300 / 72, SVG_RASTER_MAX / Math.max(size.width, size.height));
  const raster = await sharp(Buffer.from(bytes), { density: 72 * scale })
    .resize({ width: Math.round(size.width * scale), height: Math.round(size.height * scale), fit: 'fill' })
    // JPEG: pdf-lib embeds it as it is (a PNG it would have to decode and deflate again).
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 92 })
    .toBuffer();
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([size.width, size.height]);
  const image = await pdf.embedJpg(raster);
  page.drawImage(image, { x: 0, y: 0, width: size.width, height: size.height });
  return pdf.save();
}

/** Size in user units: the viewBox, else width/height (px or unitless). */
export function svgSize(bytes: Uint8Array): KitPageDto {
  const text = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('utf8');
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) throw unreadable('Die SVG-Datei hat kein <svg>-Element.');
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const viewBox = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  let width: number | undefined;
  let height: number | undefined;
  if (viewBox?.length === 4 && viewBox.every(Number.isFinite)) [, , width, height] = viewBox;
  else {
    width = Number(attribute('width')?.replace(/px$/, ''));
    height = Number(attribute('height')?.replace(/px$/, ''));
  }
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0)
    throw unreadable('Die SVG-Datei braucht eine viewBox oder Breite und Höhe in Pixeln.');
  return { width: round(width), height: round(height) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function unreadable(detail: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, detail, { file: [detail] });
}
