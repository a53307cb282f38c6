import sharp from 'sharp';
import { demoPosterTemplate, DEMO_POSTER_SIZE } from './kit-demo';
import { KitRasteriser } from './kit-rasteriser';

describe('KitRasteriser', () => {
  const rasteriser = new KitRasteriser();

  it('renders the media box (with bleed) by default, and only the trim box for social media', async () => {
    const pdf = await demoPosterTemplate();
    const withBleed = await sharp(await rasteriser.pagePng(pdf, 1, 1080)).metadata();
    expect(withBleed.width).toBe(1080);
    expect(withBleed.height).toBe(Math.round((1080 * DEMO_POSTER_SIZE.height) / DEMO_POSTER_SIZE.width));

    const trimmed = await sharp(await rasteriser.pagePng(pdf, 1, 1080, { trim: true })).metadata();
    // A4 (210 × 297 mm) without the 3 mm bleed on each side.
    expect(trimmed.width).toBe(1080);
    expect(Math.abs(trimmed.height! - Math.round((1080 * 297) / 210))).toBeLessThanOrEqual(1);
  });

  it('leaves a page without bleed as it is', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const document = await PDFDocument.create();
    document.addPage([400, 200]);
    const image = await sharp(
      await rasteriser.pagePng(await document.save(), 1, 800, { trim: true }),
    ).metadata();
    expect([image.width, image.height]).toEqual([800, 400]);
  });
});
