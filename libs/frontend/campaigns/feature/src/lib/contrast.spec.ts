import { contrastRatio, formatRatio, textColourOn } from './contrast';

describe('brand colour contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
  });

  it('labels dark swatches white and light ones black, always at least 4.5:1', () => {
    for (const hex of ['#B01E2D', '#2B2B2B', '#F2F2F2', '#FFD700', '#003366', '#777777']) {
      const text = textColourOn(hex);
      expect(contrastRatio(hex, text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColourOn('#B01E2D')).toBe('#FFFFFF');
    expect(textColourOn('#F2F2F2')).toBe('#000000');
  });

  it('formats ratios the German way', () => {
    expect(formatRatio(7.3456)).toBe('7,3 : 1');
  });
});
