/**
 * Paragraphs of a news body for plain-text display. The body is Markdown; until rendering with a
 * sanitiser arrives, emphasis markers are dropped and nothing is ever interpreted as HTML.
 */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\*{1,2}([^*]+)\*{1,2}/g, '$1')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0);
}
