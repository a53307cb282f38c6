import { findPrivacyRisks } from './privacy-guard';

function kinds(text: string): string[] {
  return findPrivacyRisks({ approach: text }).map((finding) => finding.kind);
}

describe('findPrivacyRisks', () => {
  describe('finds client data', () => {
    it.each([
      ['Kundennummer of the Bundesagentur', 'Wir haben mit 123D456789 begonnen.', 'customer-number'],
      ['BG-Nummer', 'Die BG 12345BG0012345 wurde begleitet.', 'customer-number'],
      ['labelled number', 'Kundennummer: 4711 0815 42', 'customer-number'],
      ['IBAN with blanks', 'Überweisung auf DE89 3704 0044 0532 0130 00 erfolgt.', 'iban'],
      ['IBAN without blanks', 'IBAN DE89370400440532013000', 'iban'],
      ['birth date with keyword', 'Frau K., geb. 03.04.1987, nahm teil.', 'birth-date'],
      ['birth date next to a name', 'Herr Yilmaz (12.05.1979) kam jede Woche.', 'birth-date'],
      [
        'health detail next to a name',
        'Frau Schmidt ist alkoholkrank und wurde vermittelt.',
        'health-detail',
      ],
      ['diagnosis next to a client', 'Kundin Anna B. hat eine Depression.', 'health-detail'],
    ])('%s', (_name, text, kind) => {
      expect(kinds(text)).toContain(kind);
    });

    it('names the field and the passage', () => {
      const [finding] = findPrivacyRisks({ results: 'Bei Herrn Meier wurde eine Psychose diagnostiziert.' });
      expect(finding).toMatchObject({ field: 'results', kind: 'health-detail' });
      expect(finding?.excerpt).toContain('Herrn Meier');
      expect(finding?.excerpt).toContain('Psychose');
    });
  });

  describe('leaves ordinary practice texts alone', () => {
    it.each([
      [
        'target group with health wording',
        'Angebot für Menschen mit gesundheitlichen Einschränkungen und Suchterkrankungen.',
      ],
      ['project dates', 'Laufzeit vom 01.01.2023 bis 31.12.2024, Start am 15.03.2023.'],
      ['statistics', 'Teilnehmende 120, davon 45 in Arbeit vermittelt (37,5 %).'],
      ['a colleague as contact', 'Ansprechperson ist Frau Müller aus dem Arbeitgeberservice.'],
      ['a wrong IBAN-like code', 'Projektcode DE12 3456 7890 1234 5678 90 im Förderantrag.'],
      ['postcodes and phone numbers', 'Jobcenter, Rollinstraße 9, 88400 Biberach, Telefon 07351 52-0.'],
      [
        'health as a field of action',
        'Gesundheitsförderung und Reha-Beratung im Quartier, Therapieplätze vermittelt.',
      ],
    ])('%s', (_name, text) => {
      expect(kinds(text)).toEqual([]);
    });
  });

  describe('names without a title word', () => {
    it.each([
      ['name and birth date in brackets', 'Max Mustermann (01.02.1980) kam jede Woche.'],
      ['name, comma and birth date', 'Anna-Lena Schmidt, 03.04.1987, nahm teil.'],
      ['name with geb.', 'Max Mustermann, geb. 01.02.1980, nahm teil.'],
    ])('%s', (_name, text) => {
      expect(kinds(text)).toEqual(['birth-date']);
    });

    it('leaves a Jobcenter with a project date alone', () => {
      expect(kinds('Auftakt im Jobcenter Biberach, 01.03.2023, mit 40 Gästen.')).toEqual([]);
    });
  });

  describe('scans the inputs besides the text fields', () => {
    it('finds client data in a key figure', () => {
      const findings = findPrivacyRisks({
        keyFigures: [
          { label: 'Teilnehmende', value: '120', unit: '' },
          { label: 'Herr Meier (12.05.1979)', value: '1', unit: 'Fall' },
          { label: 'Fälle', value: '3', unit: 'BG 12345BG0012345' },
        ],
      });
      expect(findings.map(({ field, kind }) => [field, kind])).toEqual([
        ['keyFigures', 'birth-date'],
        ['keyFigures', 'customer-number'],
      ]);
    });

    it('finds names with dates in image alt texts and attachment names', () => {
      const findings = findPrivacyRisks({
        imageAltTexts: ['Gruppenbild beim Auftakt', 'Max Mustermann (01.02.1980) bei der Übergabe'],
        attachmentNames: ['Flyer.pdf', 'Liste_Frau_K_geb_03.04.1987.pdf', 'Max_Mustermann_01.02.1980.pdf'],
      });
      expect(findings.map(({ field, kind }) => [field, kind])).toEqual([
        ['images', 'birth-date'],
        ['attachments', 'birth-date'],
        ['attachments', 'birth-date'],
      ]);
    });

    it('accepts the author as contact but not an IBAN or a BG number there', () => {
      const author = {
        name: 'Max Mustermann',
        role: 'Fallmanager, Team U25',
        email: 'max.mustermann@jobcenter-biberach.de',
        phone: '07351 52-123',
      };
      expect(findPrivacyRisks({ contact: author })).toEqual([]);
      const findings = findPrivacyRisks({
        contact: { ...author, role: 'BG 12345BG0012345', phone: 'DE89 3704 0044 0532 0130 00' },
      });
      expect(findings.map(({ field, kind }) => [field, kind])).toEqual([
        ['contact', 'customer-number'],
        ['contact', 'iban'],
      ]);
    });
  });

  it('checks every text field, not only one', () => {
    const findings = findPrivacyRisks({ title: 'Gut', partners: 'IBAN DE89370400440532013000' });
    expect(findings.map((finding) => finding.field)).toEqual(['partners']);
  });
});
