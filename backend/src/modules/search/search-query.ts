import { SEARCH_QUERY_MAX_LENGTH } from '@portal/contracts';

/** Control characters and bidirectional overrides: invisible, never meaningful in a query. */
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/**
 * What is searched for: NFC (a combining „u + ¨“ equals „ü“), without control and bidi
 * characters, whitespace collapsed. Throws nothing; the caller checks empty and length.
 */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

export function isQueryTooLong(query: string): boolean {
  return [...query].length > SEARCH_QUERY_MAX_LENGTH;
}

/** The key search analytics counts under (case does not make a different query). */
export function analyticsKey(query: string): string {
  return query.toLocaleLowerCase('de-DE');
}

/** A word the prefix form may be built from: Latin letters and digits only (no tsquery syntax). */
const PREFIXABLE = /^[\p{Script=Latin}\p{Nd}]{2,60}$/u;

export interface PrefixSplit {
  /** The query without its last word (for websearch_to_tsquery). */
  rest: string;
  /** The last word, safe for `to_tsquery('simple', word || ':*')`. */
  word: string;
}

/**
 * Splits off the last word for prefix matching („Digitalisier“ → „Digitalisierung“), when the
 * query ends in a bare word: not quoted, not excluded, not after OR. Otherwise null (the whole
 * query goes through websearch_to_tsquery unchanged).
 */
export function splitLastWord(query: string, minLength = 3): PrefixSplit | null {
  if ((query.match(/"/g)?.length ?? 0) % 2 !== 0) return null;
  if (query.endsWith('"')) return null;
  const match = /(^|\s)([^\s]+)$/u.exec(query);
  if (!match) return null;
  const word = match[2] ?? '';
  if (!PREFIXABLE.test(word) || [...word].length < minLength) return null;
  const rest = query.slice(0, query.length - word.length).trim();
  if (/(^|\s)or$/i.test(rest)) return null;
  return { rest, word: word.toLocaleLowerCase('de-DE') };
}

/** Words of a query worth correcting for „Meinten Sie …?“ (not excluded, not operators, not quoted). */
export function correctableWords(query: string): string[] {
  const words: string[] = [];
  let quoted = false;
  for (const token of query.split(' ')) {
    const quotes = token.match(/"/g)?.length ?? 0;
    const inQuotes = quoted || token.startsWith('"');
    if (quotes % 2 === 1) quoted = !quoted;
    if (inQuotes || token.startsWith('-') || /^or$/i.test(token)) continue;
    if (/^\p{L}{4,40}$/u.test(token)) words.push(token);
  }
  return words;
}
