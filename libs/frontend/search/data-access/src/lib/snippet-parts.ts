import { SEARCH_MARK_END, SEARCH_MARK_START } from '@portal/contracts';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a snippet at the server's match markers. Templates render the parts as text (Angular
 * escapes it) inside <mark> or not — the snippet is never HTML, so nothing in it can run.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let text = '';
  for (const char of snippet) {
    if (char === SEARCH_MARK_START || char === SEARCH_MARK_END) {
      if (text) parts.push({ text, mark });
      text = '';
      mark = char === SEARCH_MARK_START;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text, mark });
  return parts;
}
