import { PDFDocument, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import type { KitZoneDto } from '@portal/contracts';
import { hexToRgb } from './kit-pdf-filler';

const MM = 72 / 25.4;
const BLEED = 3 * MM;
const A4 = { width: 210 * MM, height: 297 * MM };
const RED = '#B01E2D';
const GREY = '#2B2B2B';

/** The media box of the demo poster: A4 plus 3 mm bleed on every side. */
export const DEMO_POSTER_SIZE = { width: A4.width + 2 * BLEED, height: A4.height + 2 * BLEED };

export const DEMO_TEMPLATE_TITLE = 'Plakat A4 „Stark. Sozial. Vor Ort.“ – für Ihr Jobcenter';

/** Zones of the demo poster (top-left origin of the media box, points). */
export const DEMO_POSTER_ZONES: KitZoneDto[] = [
  { kind: 'logo', page: 1, x: 45, y: 560, width: 150, height: 70, fontSize: 12, align: 'left', colour: GREY },
  { kind: 'name', page: 1, x: 45, y: 640, width: 380, height: 44, fontSize: 24, align: 'left', colour: RED },
  {
    kind: 'address',
    page: 1,
    x: 45,
    y: 692,
    width: 200,
    height: 50,
    fontSize: 11,
    align: 'left',
    colour: GREY,
  },
  {
    kind: 'openingHours',
    page: 1,
    x: 255,
    y: 692,
    width: 170,
    height: 64,
    fontSize: 10,
    align: 'left',
    colour: GREY,
  },
  {
    kind: 'phone',
    page: 1,
    x: 45,
    y: 762,
    width: 200,
    height: 16,
    fontSize: 11,
    align: 'left',
    colour: GREY,
  },
  {
    kind: 'website',
    page: 1,
    x: 45,
    y: 782,
    width: 380,
    height: 16,
    fontSize: 11,
    align: 'left',
    colour: RED,
  },
  {
    kind: 'qrCode',
    page: 1,
    x: 455,
    y: 650,
    width: 112,
    height: 112,
    fontSize: 12,
    align: 'right',
    colour: GREY,
  },
];

/**
 * The campaign's personalisable A4 poster, drawn in code: campaign red (#B01E2D) to the edge of
 * the 3 mm bleed, the slogan „Stark. Sozial. Vor Ort.“, and a white area with the zones.
 * Media box = bleed box (A4 + 3 mm), trim box = A4.
 */
export async function demoPosterTemplate(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(DEMO_TEMPLATE_TITLE);
  pdf.setAuthor('Deutscher Landkreistag (Demo-Inhalt)');
  pdf.setCreationDate(new Date('2018-11-26T09:00:00+01:00'));
  pdf.setModificationDate(new Date('2018-11-26T09:00:00+01:00'));
  const page = pdf.addPage([DEMO_POSTER_SIZE.width, DEMO_POSTER_SIZE.height]);
  page.setBleedBox(0, 0, DEMO_POSTER_SIZE.width, DEMO_POSTER_SIZE.height);
  page.setTrimBox(BLEED, BLEED, A4.width, A4.height);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const white = rgb(1, 1, 1);
  const fromTop = (y: number) => DEMO_POSTER_SIZE.height - y;

  page.drawRectangle({
    x: 0,
    y: fromTop(530),
    width: DEMO_POSTER_SIZE.width,
    height: 530,
    color: hexToRgb(RED),
  });
  page.drawText('KOMMUNALE JOBCENTER', { x: 45, y: fromTop(110), size: 22, font: bold, color: white });
  ['Stark.', 'Sozial.', 'Vor Ort.'].forEach((word, index) => {
    page.drawText(word, { x: 45, y: fromTop(230 + index * 86), size: 78, font: bold, color: white });
  });
  page.drawText('Wir sind für Sie da – in Ihrer Nähe.', {
    x: 45,
    y: fromTop(490),
    size: 18,
    font: regular,
    color: white,
  });
  drawFooter(page, regular);
  return pdf.save();
}

function drawFooter(page: PDFPage, font: Awaited<ReturnType<PDFDocument['embedFont']>>): void {
  page.drawLine({
    start: { x: 45, y: DEMO_POSTER_SIZE.height - 812 },
    end: { x: DEMO_POSTER_SIZE.width - 45, y: DEMO_POSTER_SIZE.height - 812 },
    thickness: 0.5,
    color: hexToRgb(GREY),
  });
  page.drawText(
    'Eine Kampagne der kommunalen Jobcenter mit dem Deutschen Landkreistag und dem Deutschen Städtetag',
    { x: 45, y: DEMO_POSTER_SIZE.height - 828, size: 8, font, color: hexToRgb(GREY) },
  );
}

/**
 * Demo profile data for the kit (plausible, invented for the demo — not the real addresses or
 * numbers of these Jobcenter). Only empty columns are filled.
 */
export const DEMO_KIT_PROFILES: Readonly<
  Record<
    string,
    { street: string; postalCode: string; city: string; phone: string; website: string; openingHours: string }
  >
> = {
  'landkreis-biberach': {
    street: 'Rollinstraße 9',
    postalCode: '88400',
    city: 'Biberach an der Riß',
    phone: '07351 52-6000',
    website: 'https://www.biberach.de/jobcenter',
    openingHours: 'Mo–Fr 8:00–12:00 Uhr\nDo 14:00–17:30 Uhr\nund nach Vereinbarung',
  },
  bodenseekreis: {
    street: 'Albrechtstraße 75',
    postalCode: '88045',
    city: 'Friedrichshafen',
    phone: '07541 204-5000',
    website: 'https://www.bodenseekreis.de/jobcenter',
    openingHours: 'Mo–Fr 8:00–12:00 Uhr\nMi 14:00–16:00 Uhr',
  },
  'kreis-offenbach': {
    street: 'Werner-Hilpert-Straße 1',
    postalCode: '63128',
    city: 'Dietzenbach',
    phone: '06074 8058-0',
    website: 'https://www.kreis-offenbach.de/jobcenter',
    openingHours: 'Mo, Di, Do 8:00–16:00 Uhr\nMi, Fr 8:00–12:00 Uhr',
  },
  'stadt-offenbach-am-main': {
    street: 'Berliner Straße 100',
    postalCode: '63065',
    city: 'Offenbach am Main',
    phone: '069 8065-0',
    website: 'https://www.offenbach.de/jobcenter',
    openingHours: 'Mo–Fr 7:30–12:30 Uhr\nDo 14:00–18:00 Uhr',
  },
};
