import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb, type RGB } from 'pdf-lib';
import type { KitDataDto, KitZoneDto } from '@portal/contracts';
import { fitText } from './kit-text-fit';
import { QR_QUIET_MODULES, qrMatrix, qrRuns } from './kit-qr';

/** A logo ready to embed: PNG or JPEG bytes (SVG logos are rasterised before). */
export interface KitLogo {
  bytes: Uint8Array;
  type: 'png' | 'jpeg';
}

/** Helvetica's ascent relative to the font size: the first baseline sits this far below the top. */
const ASCENT = 0.78;

/**
 * Fills the zones of a template PDF and returns the new PDF. Pages are changed in place, so the
 * template's page boxes (media, bleed, trim) and everything outside the zones stay as they were.
 * Text is drawn with the standard fonts (WinAnsi: umlauts, „ß“, „–“ and „…“ work; other
 * characters become „?“), never interpreted.
 */
export async function fillPdf(
  template: Uint8Array,
  zones: readonly KitZoneDto[],
  data: KitDataDto,
  logo: KitLogo | null,
  title: string,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(template, { updateMetadata: false });
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const embeddedLogo = logo
    ? logo.type === 'png'
      ? await pdf.embedPng(logo.bytes)
      : await pdf.embedJpg(logo.bytes)
    : null;
  const pages = pdf.getPages();
  for (const zone of zones) {
    const page = pages[zone.page - 1];
    if (!page) continue;
    const box = toPdfBox(page, zone);
    const colour = hexToRgb(zone.colour);
    switch (zone.kind) {
      case 'qrCode':
        if (data.website) drawQr(page, box, zone, data.website, colour);
        break;
      case 'logo':
        if (embeddedLogo) {
          const scale = Math.min(box.width / embeddedLogo.width, box.height / embeddedLogo.height);
          const width = embeddedLogo.width * scale;
          const height = embeddedLogo.height * scale;
          page.drawImage(embeddedLogo, {
            x: alignX(box, width, zone),
            y: box.y + (box.height - height) / 2,
            width,
            height,
          });
        }
        break;
      default:
        drawText(page, box, zone, textFor(zone, data), zone.kind === 'name' ? bold : regular, colour);
    }
  }
  pdf.setTitle(title);
  pdf.setProducer('Netzwerk-Portal der kommunalen Jobcenter');
  pdf.setModificationDate(new Date(0));
  return pdf.save();
}

/** The zone's text from the filled data. */
export function textFor(zone: KitZoneDto, data: KitDataDto): string {
  switch (zone.kind) {
    case 'name':
      return data.name;
    case 'address':
      return data.address;
    case 'openingHours':
      return data.openingHours;
    case 'phone':
      return data.phone;
    case 'website':
      return data.website.replace(/^https?:\/\//, '').replace(/\/$/, '');
    default:
      return '';
  }
}

interface PdfBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Zone coordinates (top-left origin, media box) → PDF user space (bottom-left origin). */
function toPdfBox(page: PDFPage, zone: KitZoneDto): PdfBox {
  const media = page.getMediaBox();
  return {
    x: media.x + zone.x,
    y: media.y + media.height - zone.y - zone.height,
    width: zone.width,
    height: zone.height,
  };
}

function alignX(box: PdfBox, width: number, zone: KitZoneDto): number {
  if (zone.align === 'center') return box.x + (box.width - width) / 2;
  if (zone.align === 'right') return box.x + box.width - width;
  return box.x;
}

function drawText(
  page: PDFPage,
  box: PdfBox,
  zone: KitZoneDto,
  raw: string,
  font: PDFFont,
  colour: RGB,
): void {
  const text = encodable(font, raw);
  if (!text.trim()) return;
  const measure = (line: string, size: number) => font.widthOfTextAtSize(line, size);
  const fitted = fitText(text, box, zone.fontSize, measure);
  const top = box.y + box.height;
  fitted.lines.forEach((line, index) => {
    const y = top - index * fitted.lineHeight - fitted.size * ASCENT;
    if (y < box.y - fitted.size) return;
    page.drawText(line, {
      x: alignX(box, measure(line, fitted.size), zone),
      y,
      size: fitted.size,
      font,
      color: colour,
    });
  });
}

function drawQr(page: PDFPage, box: PdfBox, zone: KitZoneDto, url: string, colour: RGB): void {
  const matrix = qrMatrix(url);
  const side = Math.min(box.width, box.height);
  const unit = side / (matrix.length + 2 * QR_QUIET_MODULES);
  const left = alignX(box, side, zone);
  const bottom = box.y + (box.height - side) / 2;
  // A light square keeps the code readable on any background.
  page.drawRectangle({ x: left, y: bottom, width: side, height: side, color: rgb(1, 1, 1) });
  const origin = { x: left + QR_QUIET_MODULES * unit, top: bottom + side - QR_QUIET_MODULES * unit };
  for (const run of qrRuns(matrix)) {
    page.drawRectangle({
      x: origin.x + run.column * unit,
      y: origin.top - (run.row + 1) * unit,
      width: run.length * unit,
      // A hair more than a module, so no gaps show between rows when rasterised.
      height: unit * 1.02,
      color: colour,
    });
  }
}

/** Replaces characters the font's encoding (WinAnsi) cannot show, so drawing never throws. */
export function encodable(font: PDFFont, text: string): string {
  let result = '';
  for (const char of text) {
    if (char === '\n') {
      result += char;
      continue;
    }
    try {
      font.encodeText(char);
      result += char;
    } catch {
      result += '?';
    }
  }
  return result;
}

export function hexToRgb(hex: string): RGB {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const channel = (offset: number) => parseInt(value.slice(offset, offset + 2), 16) / 255;
  return rgb(channel(0), channel(2), channel(4));
}
