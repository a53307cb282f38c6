import { SEARCH_MARK_END as E, SEARCH_MARK_START as S } from '@portal/contracts';
import { plainSnippet } from './search-snippet';

describe('plainSnippet', () => {
  it('drops Markdown markers and keeps the highlight marks', () => {
    expect(
      plainSnippet(
        `hier finden - **Neuigkeiten** aus dem ${S}Jobcenter${E} ## Wichtige Hinweise\n\n- **Termine** des Netzwerks`,
      ),
    ).toBe(`hier finden - Neuigkeiten aus dem ${S}Jobcenter${E} Wichtige Hinweise Termine des Netzwerks`);
  });

  it('keeps the text of links, also of a link cut off by the fragment', () => {
    expect(plainSnippet(`beim [Deutschen ${S}Landkreistag${E}](https://www.landkreistag.de). *Demo*`)).toBe(
      `beim Deutschen ${S}Landkreistag${E}. Demo`,
    );
    expect(plainSnippet('Landkreistag](https://www.landkreistag.de) und mehr')).toBe('Landkreistag und mehr');
    expect(plainSnippet('siehe <https://example.org/a>')).toBe('siehe https://example.org/a');
  });

  it('removes heading, quote and list markers at line starts', () => {
    expect(plainSnippet('# Titel\n> Zitat\n1. Erstens\n* Punkt\n+ Noch einer')).toBe(
      'Titel Zitat Erstens Punkt Noch einer',
    );
  });

  it('leaves stars and underscores inside words, numbers and ordinary punctuation alone', () => {
    expect(plainSnippet(`Kolleg*innen und ${S}Mitarbeiter${E}*innen, datei_name, C# und 3 Punkte`)).toBe(
      `Kolleg*innen und ${S}Mitarbeiter${E}*innen, datei_name, C# und 3 Punkte`,
    );
    expect(plainSnippet('Am 1. April gilt: 10 % mehr (vorher 5).')).toBe(
      'Am 1. April gilt: 10 % mehr (vorher 5).',
    );
  });

  it('removes code markers and escapes', () => {
    expect(plainSnippet('Feld `Aktenzeichen` \\*nicht\\* leer')).toBe('Feld Aktenzeichen *nicht* leer');
  });
});
