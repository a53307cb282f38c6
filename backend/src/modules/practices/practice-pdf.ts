import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { PRACTICE_STATUS_LABELS, PracticeDto } from '@portal/contracts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

/** Characters the standard fonts (WinAnsi) cannot draw are replaced, never fail the export. */
function printable(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2012]/g, '-')
    .replace(/\t/g, '  ')
    .replace(/[^\n\x20-\x7E\xA0-\xFF\u20AC\u201A\u201E\u201C\u201D\u2013\u2014\u2026\u2022]/g, '?');
}

class Writer {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(raw: string, options: { size?: number; bold?: boolean; gap?: number } = {}): void {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.bold : this.regular;
    const lineHeight = size * 1.35;
    for (const paragraph of printable(raw).split('\n')) {
      for (const line of this.wrap(paragraph, font, size)) {
        if (this.y - lineHeight < MARGIN) {
          this.page = this.doc.addPage(A4);
          this.y = A4[1] - MARGIN;
        }
        this.y -= lineHeight;
        this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      }
    }
    this.y -= options.gap ?? 6;
  }

  private wrap(paragraph: string, font: PDFFont, size: number): string[] {
    if (paragraph.trim() === '') return [''];
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= WIDTH) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > WIDTH) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > WIDTH) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
    return lines;
  }
}

/** The entry as a printable PDF (A4, standard fonts, no external resources). */
export async function practicePdf(practice: PracticeDto, generatedAt: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(practice.title);
  doc.setSubject('Gute Praxis – Netzwerk-Portal der kommunalen Jobcenter');
  doc.setLanguage('de-DE');
  doc.setCreationDate(generatedAt);
  const writer = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  writer.text('Gute Praxis', { size: 9 });
  writer.text(practice.title, { size: 18, bold: true, gap: 4 });
  const meta = [
    practice.organisation?.name,
    practice.organisation?.state,
    PRACTICE_STATUS_LABELS[practice.status],
    practice.demo ? 'Demo-Inhalt' : undefined,
  ].filter(Boolean);
  writer.text(meta.join(' · '), { size: 9, gap: 12 });
  writer.text(practice.summary, { gap: 12 });
  const sections: [string, string][] = [
    ['Zielgruppen', practice.targetGroups.map((term) => term.label).join(', ')],
    ['Handlungsfelder', practice.fields.map((term) => term.label).join(', ')],
    ['Ausgangslage', practice.situation],
    ['Vorgehen', practice.approach],
    ['Ergebnisse', practice.results],
    [
      'Kennzahlen',
      practice.keyFigures
        .map((figure) => `${figure.label}: ${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`)
        .join('\n'),
    ],
    ['Laufzeit', practice.duration],
    ['Kosten und Finanzierung', practice.costs],
    ['Partner', practice.partners],
    ['Übertragbarkeit', practice.transferability],
    [
      'Ansprechperson',
      [practice.contact.name, practice.contact.role, practice.contact.email, practice.contact.phone]
        .filter(Boolean)
        .join('\n'),
    ],
    ['Übernommen von', practice.adoptionCount === 1 ? '1 Jobcenter' : `${practice.adoptionCount} Jobcentern`],
  ];
  for (const [heading, body] of sections) {
    if (!body.trim()) continue;
    writer.text(heading, { size: 12, bold: true, gap: 2 });
    writer.text(body, { gap: 10 });
  }
  writer.text(
    `Erstellt am ${generatedAt.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })} aus dem Netzwerk-Portal der kommunalen Jobcenter.`,
    { size: 8 },
  );
  return doc.save();
}
