import { Injectable } from '@nestjs/common';
import type { AssetType, Role } from '@portal/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { FileStorage } from '../../core/storage/file-storage';
import { MediaType } from '../../core/storage/media-types';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { CampaignAssetsRepository } from './campaign-assets.repository';
import { DEMO_CAMPAIGN_ID } from './campaigns-demo';

const SLOGAN = 'Stark. Sozial. Vor Ort.';
const RED = '#B01E2D';
const DARK = '#2B2B2B';

interface DemoFile {
  name: string;
  mediaType: MediaType;
  content: Buffer;
}

interface DemoAsset {
  title: string;
  description: string;
  type: AssetType;
  tags: string[];
  altText: string | null;
  roles: Role[];
  files: DemoFile[];
}

function logoSvg(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="240" viewBox="0 0 600 240" role="img" aria-labelledby="t">
  <title id="t">Kommunale Jobcenter – ${SLOGAN}</title>
  <rect width="600" height="240" fill="#FFFFFF"/>
  <rect x="24" y="24" width="120" height="192" rx="12" fill="${RED}"/>
  <text x="84" y="160" font-family="DejaVu Sans, Arial, sans-serif" font-size="120" font-weight="bold" fill="#FFFFFF" text-anchor="middle">K</text>
  <text x="172" y="104" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" font-weight="bold" fill="${DARK}">Kommunale</text>
  <text x="172" y="150" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" font-weight="bold" fill="${DARK}">Jobcenter</text>
  <text x="172" y="196" font-family="DejaVu Sans, Arial, sans-serif" font-size="26" fill="${RED}">${SLOGAN}</text>
</svg>
`;
}

function tileSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080">
  <rect width="1080" height="1080" fill="${RED}"/>
  <rect x="60" y="60" width="960" height="960" fill="none" stroke="#FFFFFF" stroke-width="6"/>
  <g font-family="DejaVu Sans, Arial, sans-serif" fill="#FFFFFF" font-weight="bold">
    <text x="120" y="420" font-size="150">Stark.</text>
    <text x="120" y="590" font-size="150">Sozial.</text>
    <text x="120" y="760" font-size="150">Vor Ort.</text>
  </g>
  <text x="120" y="920" font-family="DejaVu Sans, Arial, sans-serif" font-size="48" fill="#FFFFFF">Kommunale Jobcenter</text>
</svg>
`;
}

/** An A-series poster: red band with the slogan, key facts, the campaign's sender line. */
async function posterPdf(options: { width: number; height: number; subtitle: string }): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Kommunale Jobcenter – ${SLOGAN}`);
  pdf.setAuthor('Deutscher Landkreistag / Deutscher Städtetag');
  pdf.setCreationDate(new Date('2018-11-26T09:00:00Z'));
  pdf.setModificationDate(new Date('2018-11-26T09:00:00Z'));
  const page = pdf.addPage([options.width, options.height]);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const scale = options.width / 595;
  const red = rgb(0xb0 / 255, 0x1e / 255, 0x2d / 255);
  page.drawRectangle({
    x: 0,
    y: options.height * 0.45,
    width: options.width,
    height: options.height * 0.55,
    color: red,
  });
  ['Stark.', 'Sozial.', 'Vor Ort.'].forEach((line, index) => {
    page.drawText(line, {
      x: 48 * scale,
      y: options.height - (150 + index * 90) * scale,
      size: 78 * scale,
      font: bold,
      color: rgb(1, 1, 1),
    });
  });
  page.drawText('Kommunale Jobcenter', {
    x: 48 * scale,
    y: options.height * 0.38,
    size: 36 * scale,
    font: bold,
    color: red,
  });
  const facts = [
    '104 kommunale Jobcenter betreuen 1,5 Millionen Menschen.',
    'Jedes Jahr mehr als 250.000 Integrationen in Arbeit.',
    'Zuständig für ein Gebiet mit 22 Millionen Einwohnern.',
  ];
  facts.forEach((fact, index) => {
    page.drawText(fact, {
      x: 48 * scale,
      y: options.height * 0.3 - index * 28 * scale,
      size: 16 * scale,
      font: regular,
    });
  });
  page.drawText(options.subtitle, {
    x: 48 * scale,
    y: 40 * scale,
    size: 10 * scale,
    font: regular,
    color: rgb(0.3, 0.3, 0.3),
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

async function demoAssets(): Promise<DemoAsset[]> {
  const svg = logoSvg();
  const logoPng = await sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
  const tilePng = await sharp(Buffer.from(tileSvg())).png().toBuffer();
  const poster = await posterPdf({ width: 595, height: 842, subtitle: 'Plakat DIN A4 · Demo-Inhalt' });
  const posterPreview = await sharp(Buffer.from(tileSvg())).resize(420, 420).png().toBuffer();
  const printOriginal = await posterPdf({
    width: 1684 + 24,
    height: 2384 + 24,
    subtitle:
      'Druckvorlage DIN A1 mit 3 mm Beschnitt · nur für Jobcenter-Leitungen und Koordination · Demo-Inhalt',
  });
  const alt = `Rotes Feld mit dem Schriftzug „${SLOGAN}“ und darunter „Kommunale Jobcenter“.`;
  return [
    {
      title: 'Plakat „Stark. Sozial. Vor Ort.“ (DIN A4)',
      description:
        'Das Kampagnenplakat zum Ausdrucken im eigenen Haus, mit den wichtigsten Zahlen der kommunalen Jobcenter.',
      type: 'poster',
      tags: ['Plakat', 'Druck', 'A4'],
      altText: alt,
      roles: [],
      files: [
        { name: 'plakat-stark-sozial-vor-ort-a4.pdf', mediaType: MediaType.Pdf, content: poster },
        {
          name: 'plakat-stark-sozial-vor-ort-vorschau.png',
          mediaType: MediaType.Png,
          content: posterPreview,
        },
      ],
    },
    {
      title: 'Kampagnenlogo „Kommunale Jobcenter“',
      description: 'Das Logo der Kampagne als Vektorgrafik (SVG) und als Bild (PNG) für Web und Office.',
      type: 'logo',
      tags: ['Logo', 'Web', 'Office'],
      altText: `Logo: rotes Quadrat mit weißem „K“, daneben „Kommunale Jobcenter“ und der Claim „${SLOGAN}“.`,
      roles: [],
      files: [
        { name: 'logo-kommunale-jobcenter.png', mediaType: MediaType.Png, content: logoPng },
        { name: 'logo-kommunale-jobcenter.svg', mediaType: MediaType.Svg, content: Buffer.from(svg) },
      ],
    },
    {
      title: 'Social-Media-Kachel „Stark. Sozial. Vor Ort.“',
      description: 'Quadratische Kachel (1080 × 1080 Pixel) für Instagram, Facebook, LinkedIn und Mastodon.',
      type: 'social-tile',
      tags: ['Social Media', 'Web'],
      altText: alt,
      roles: [],
      files: [{ name: 'kachel-stark-sozial-vor-ort.png', mediaType: MediaType.Png, content: tilePng }],
    },
    {
      title: 'Druckvorlage Großplakat DIN A1 (mit Beschnitt)',
      description: 'Druckfertige Vorlage für Druckereien. Nur für Jobcenter-Leitungen und die Koordination.',
      type: 'poster',
      tags: ['Plakat', 'Druck', 'Druckvorlage', 'A1'],
      altText: alt,
      roles: ['manager', 'coordinator'],
      files: [{ name: 'druckvorlage-grossplakat-a1.pdf', mediaType: MediaType.Pdf, content: printOriginal }],
    },
  ];
}

/**
 * Demo material of the 2018 campaign, generated in code (pdf-lib, sharp renders the SVGs): a
 * poster, the logo as SVG and PNG, a social-media tile, and a print original for managers only.
 */
@Injectable()
export class CampaignAssetsDemo {
  constructor(
    private readonly assets: CampaignAssetsRepository,
    private readonly storedFiles: StoredFilesService,
    private readonly storage: FileStorage,
  ) {}

  async seed(): Promise<number> {
    const items = await demoAssets();
    for (const item of items) {
      const asset = await this.assets.insert({
        campaignId: DEMO_CAMPAIGN_ID,
        title: item.title,
        description: item.description,
        type: item.type,
        tags: item.tags,
        altText: item.altText,
        roles: item.roles,
      });
      let versionId: string | null = null;
      for (const [position, file] of item.files.entries()) {
        const staged = await this.stage(file);
        try {
          versionId = await this.storedFiles.store(staged, null, async (manager, stored) => {
            let id = versionId;
            if (!id) {
              id = (
                await this.assets.insertVersion(manager, {
                  assetId: asset.id,
                  number: 1,
                  note: 'Erstfassung 2018',
                })
              ).id;
              await this.assets.setCurrentVersion(manager, asset.id, id, 1);
            }
            await this.assets.insertFile(manager, {
              versionId: id,
              fileId: stored.id,
              assetId: asset.id,
              mediaType: stored.mediaType,
              position,
            });
            return id;
          });
        } finally {
          await rm(staged.path, { force: true });
        }
      }
    }
    return items.length;
  }

  private async stage(file: DemoFile) {
    const directory = this.storage.stagingDir();
    await mkdir(directory, { recursive: true });
    const path = join(directory, `${randomUUID()}.upload`);
    await writeFile(path, file.content);
    return {
      path,
      originalName: file.name,
      mediaType: file.mediaType,
      size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    };
  }
}
