import { SEARCH_MARK_END, SEARCH_MARK_START } from '@portal/contracts';

const MARK = `${SEARCH_MARK_START}${SEARCH_MARK_END}`;
/** A letter or digit, optionally behind/before a highlight mark. */
const WORD_BEFORE = `(?<=[\\p{L}\\p{N}][${MARK}]?)`;
const WORD_AFTER = `(?=[${MARK}]?[\\p{L}\\p{N}])`;

const RULES: readonly [RegExp, string][] = [
  // Links and images: the visible text stays, the target goes — also a cut-off `](…)` tail.
  [/!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/gu, '$1'],
  [/\]\([^)\s]*\)/gu, ''],
  [/<(https?:\/\/[^>\s]+)>/gu, '$1'],
  // Headings, quotes and list markers at the start of a line (or of the fragment).
  [/(^|\n)[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-+*][ \t]+|\d{1,3}[.)][ \t]+)/gu, '$1'],
  [/(^|\s)#{1,6}(?=\s)/gu, '$1'],
  // Emphasis and code markers; a star between letters stays („Kolleg*innen“).
  [new RegExp(`(?<![\\\\*_])(?<!${WORD_BEFORE})[*_]+|(?<![\\\\*_])[*_]+(?![*_]|${WORD_AFTER})`, 'gu'), ''],
  [/`+/gu, ''],
  [/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1'],
  [/\s+/gu, ' '],
];

/**
 * A snippet as plain text. `ts_headline` cuts fragments out of what authors wrote — Markdown in
 * news, practices and resources — so markers such as `**`, `##` or `[text](url)` would show in the
 * results list (seen: „**Neuigkeiten** … ## Wichtige“). The highlight marks stay where they are.
 */
export function plainSnippet(snippet: string): string {
  return RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), snippet).trim();
}
