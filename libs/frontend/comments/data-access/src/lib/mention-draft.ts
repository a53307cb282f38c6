import { mentionToken, splitMentionTokens } from '@portal/contracts';

/** A person picked from the suggestions while writing. */
export interface DraftMention {
  userId: string;
  displayName: string;
}

/** What the person edits: plain text with „@Name“, plus who those names stand for. */
export interface MentionDraft {
  text: string;
  mentions: DraftMention[];
}

/** A stored body (with tokens) as the person sees it while editing. */
export function draftFromBody(body: string): MentionDraft {
  const mentions = new Map<string, DraftMention>();
  const text = splitMentionTokens(body)
    .map((piece) => {
      if (piece.type === 'text') return piece.text;
      mentions.set(piece.userId, { userId: piece.userId, displayName: piece.displayName });
      return `@${piece.displayName}`;
    })
    .join('');
  return { text, mentions: [...mentions.values()] };
}

/**
 * The body to send: each „@Name“ of a picked person becomes that person's token. A name the
 * person has since deleted or changed stays plain text, so nobody is mentioned by accident.
 */
export function bodyFromDraft(draft: MentionDraft): string {
  const byName = new Map<string, DraftMention>();
  for (const mention of draft.mentions) byName.set(`@${mention.displayName}`, mention);
  if (byName.size === 0) return draft.text;
  // Longest names first, so „@Maria Muster-Meier“ wins over „@Maria Muster“.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return draft.text.replace(new RegExp(names.join('|'), 'g'), (name) => {
    const mention = byName.get(name);
    return mention ? mentionToken(mention.userId, mention.displayName) : name;
  });
}

/**
 * The „@…“ being typed right before the caret, if any: it starts at the text start or after a
 * blank, has no line break and at most one more blank („@Maria Mu“).
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before.charAt(at - 1)))) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\r\n@[\]()]/.test(query) || (query.match(/ /g) ?? []).length > 1) return null;
  if (query.startsWith(' ')) return null;
  return { start: at, query };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
