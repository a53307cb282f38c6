import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { KitDataDto } from '@portal/contracts';
import { DEMO_POSTER_SIZE, DEMO_POSTER_ZONES, demoPosterTemplate } from './kit-demo';
import { fillPdf } from './kit-pdf-filler';
import { fitText } from './kit-text-fit';

const DATA: KitDataDto = {
  name: 'Jobcenter Landkreis Biberach',
  address: 'Rollinstraße 9\n88400 Biberach an der Riß',
  openingHours: 'Mo–Fr 8:00–12:00 Uhr\nDo 14:00–17:30 Uhr',
  phone: '07351 52-6000',
  website: 'https://www.biberach.de/jobcenter',
};

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-spec-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('fillPdf', () => {
  it('draws the data into the zones, with umlauts, „ß“ and „–“, and keeps the bleed', async () => {
    const template = await demoPosterTemplate();
    const filled = await fillPdf(template, DEMO_POSTER_ZONES, DATA, null, 'Plakat');
    const text = pdfText(filled);
    expect(text).toContain('Jobcenter Landkreis Biberach');
    expect(text).toContain('Rollinstraße 9');
    expect(text).toContain('Biberach an der Riß');
    expect(text).toContain('Mo–Fr 8:00–12:00 Uhr');
    expect(text).toContain('www.biberach.de/jobcenter');
    expect(text).toContain('Stark.');
    const page = (await PDFDocument.load(filled)).getPage(0);
    expect(page.getMediaBox().width).toBeCloseTo(DEMO_POSTER_SIZE.width, 1);
    expect(page.getTrimBox().x).toBeCloseTo(8.5, 1);
  });

  it('shrinks and wraps a long name instead of overflowing, and replaces characters WinAnsi lacks', async () => {
    const long = 'Jobcenter des Landkreises mit einem ausgesprochen langen Namen – Geschäftsstelle Süd ☃';
    const filled = await fillPdf(
      await demoPosterTemplate(),
      DEMO_POSTER_ZONES,
      { ...DATA, name: long },
      null,
      'x',
    );
    const text = pdfText(filled).replace(/\s+/g, ' ');
    expect(text).toContain('Geschäftsstelle Süd ?');
  });
});

describe('fitText', () => {
  const measure = (text: string, size: number) => text.length * size * 0.5;

  it('keeps the start size when the text fits', () => {
    expect(fitText('kurz', { width: 100, height: 20 }, 12, measure)).toMatchObject({
      size: 12,
      lines: ['kurz'],
    });
  });

  it('wraps at spaces before it shrinks', () => {
    const fitted = fitText('eins zwei drei', { width: 60, height: 60 }, 10, measure);
    expect(fitted.size).toBe(10);
    expect(fitted.lines).toEqual(['eins zwei', 'drei']);
  });

  it('shrinks until all lines fit the height', () => {
    const fitted = fitText('a b c d e f', { width: 10, height: 30 }, 20, measure);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(30);
    expect(fitted.size).toBeLessThan(20);
  });
});
