/** Measures the width of a text at a font size (points). */
export type MeasureText = (text: string, size: number) => number;

export interface FittedText {
  size: number;
  lineHeight: number;
  lines: string[];
}

const LINE_HEIGHT = 1.2;
const MIN_SIZE = 4;

/**
 * Fits a text into a box: explicit line breaks are kept, long lines wrap at spaces (or within a
 * word that alone is too wide), and the size shrinks from `startSize` in half points until all
 * lines fit. Below the minimum size the text is drawn at the minimum (and may be clipped by the
 * caller), never dropped.
 */
export function fitText(
  text: string,
  box: { width: number; height: number },
  startSize: number,
  measure: MeasureText,
): FittedText {
  const paragraphs = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  for (let size = startSize; size >= MIN_SIZE; size -= 0.5) {
    const lines = wrap(paragraphs, box.width, size, measure);
    if (lines && lines.length * size * LINE_HEIGHT <= box.height + 0.01) {
      return { size, lineHeight: size * LINE_HEIGHT, lines };
    }
  }
  const lines = wrap(paragraphs, box.width, MIN_SIZE, measure, true) ?? paragraphs;
  return { size: MIN_SIZE, lineHeight: MIN_SIZE * LINE_HEIGHT, lines };
}

/** Word wrap; null when a word is wider than the box (unless `breakWords`). */
function wrap(
  paragraphs: readonly string[],
  width: number,
  size: number,
  measure: MeasureText,
  breakWords = false,
): string[] | null {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(word, size) <= width) {
        line = word;
        continue;
      }
      if (!breakWords) return null;
      // Split an over-long word (e.g. a URL) character by character.
      let part = '';
      for (const char of word) {
        if (part && measure(part + char, size) > width) {
          lines.push(part);
          part = '';
        }
        part += char;
      }
      line = part;
    }
    lines.push(line);
  }
  return lines;
}
