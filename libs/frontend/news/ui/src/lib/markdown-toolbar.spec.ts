import { applyMarkdownFormat } from './markdown-toolbar';

describe('applyMarkdownFormat', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(
      applyMarkdownFormat({ text: 'ein Wort hier', selectionStart: 4, selectionEnd: 8 }, 'bold'),
    ).toEqual({
      text: 'ein **Wort** hier',
      selectionStart: 6,
      selectionEnd: 10,
    });
  });

  it('inserts a placeholder when nothing is selected', () => {
    const result = applyMarkdownFormat({ text: '', selectionStart: 0, selectionEnd: 0 }, 'link');
    expect(result.text).toBe('[Linktext](https://)');
    expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe('Linktext');
  });

  it('prefixes every selected line for lists', () => {
    const text = 'Einleitung\neins\nzwei\nEnde';
    const start = text.indexOf('eins');
    const end = text.indexOf('zwei') + 4;
    expect(applyMarkdownFormat({ text, selectionStart: start, selectionEnd: end }, 'numbers').text).toBe(
      'Einleitung\n1. eins\n2. zwei\nEnde',
    );
    expect(applyMarkdownFormat({ text, selectionStart: start, selectionEnd: start }, 'heading').text).toBe(
      'Einleitung\n## eins\nzwei\nEnde',
    );
  });
});
