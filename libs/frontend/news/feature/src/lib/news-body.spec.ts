import { bodyParagraphs } from './news-body';

describe('bodyParagraphs', () => {
  it('splits on blank lines, joins wrapped lines and drops emphasis markers', () => {
    expect(bodyParagraphs('**Fett** und *kursiv*\nweiter\n\n\nZweiter Absatz\n')).toEqual([
      'Fett und kursiv weiter',
      'Zweiter Absatz',
    ]);
  });

  it('keeps markup as text', () => {
    expect(bodyParagraphs('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
  });
});
