/**
 * Mentions travel inside a comment body as tokens `@[Display Name](user-uuid)`. The name is
 * only a hint for editing; the server resolves the id to the person's current name.
 */
export interface MentionToken {
  userId: string;
  displayName: string;
  /** Offsets of the whole token in the body. */
  start: number;
  end: number;
}

export type MentionPiece = { type: 'text'; text: string } | ({ type: 'mention' } & MentionToken);

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** Names: no brackets and no line breaks, at most 200 characters. */
const TOKEN = new RegExp(`@\\[([^\\[\\]\\r\\n]{1,200})\\]\\((${UUID})\\)`, 'g');

/** Splits a body into text and mention tokens, in order; adjacent text is merged. */
export function splitMentionTokens(body: string): MentionPiece[] {
  const pieces: MentionPiece[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index;
    if (start > last) pieces.push({ type: 'text', text: body.slice(last, start) });
    pieces.push({
      type: 'mention',
      displayName: match[1] ?? '',
      userId: (match[2] ?? '').toLowerCase(),
      start,
      end: start + match[0].length,
    });
    last = start + match[0].length;
  }
  if (last < body.length) pieces.push({ type: 'text', text: body.slice(last) });
  return pieces;
}

/** The distinct user ids mentioned in a body, in order of first appearance. */
export function mentionedUserIds(body: string): string[] {
  const ids = new Set<string>();
  for (const piece of splitMentionTokens(body)) if (piece.type === 'mention') ids.add(piece.userId);
  return [...ids];
}

/** The token for one person; brackets and line breaks in the name are dropped. */
export function mentionToken(userId: string, displayName: string): string {
  const name =
    displayName
      .replace(/[[\]\r\n]/g, '')
      .trim()
      .slice(0, 200) || 'Unbekannt';
  return `@[${name}](${userId})`;
}

/** The body as a person reads it: every token becomes „@Name“. */
export function mentionsAsPlainText(body: string): string {
  return splitMentionTokens(body)
    .map((piece) => (piece.type === 'text' ? piece.text : `@${piece.displayName}`))
    .join('');
}
