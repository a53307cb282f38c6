import { mentionedUserIds, mentionsAsPlainText, mentionToken, splitMentionTokens } from './mention-tokens';

const MARIA = '0b8f6a1e-4c1d-4a7e-9f00-1234567890ab';
const JONAS = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('mention tokens', () => {
  it('splits text and mentions in order, with offsets', () => {
    const body = `Danke @[Maria Muster](${MARIA}), siehe auch @[Jonas Keller](${JONAS}).`;
    const pieces = splitMentionTokens(body);
    expect(pieces.map((piece) => piece.type)).toEqual(['text', 'mention', 'text', 'mention', 'text']);
    expect(pieces[1]).toMatchObject({ userId: MARIA, displayName: 'Maria Muster' });
    const mention = pieces[1] as { start: number; end: number };
    expect(body.slice(mention.start, mention.end)).toBe(`@[Maria Muster](${MARIA})`);
    expect(mentionsAsPlainText(body)).toBe('Danke @Maria Muster, siehe auch @Jonas Keller.');
  });

  it('handles a body that is only a mention, and mentions at both ends', () => {
    expect(splitMentionTokens(`@[A](${MARIA})`)).toEqual([
      { type: 'mention', userId: MARIA, displayName: 'A', start: 0, end: 42 },
    ]);
    const pieces = splitMentionTokens(`@[A](${MARIA}) und @[B](${JONAS})`);
    expect(pieces.map((piece) => piece.type)).toEqual(['mention', 'text', 'mention']);
  });

  it('leaves anything that is not a complete token as text', () => {
    for (const body of [
      'E-Mail an @maria oder @[Maria]',
      `@[Maria](${MARIA.slice(0, 30)})`,
      `@[Ma]ria](${MARIA})`,
      `@[Ma\nria](${MARIA})`,
      `@[](${MARIA})`,
      `@[Maria](javascript:alert(1))`,
    ]) {
      expect(splitMentionTokens(body)).toEqual([{ type: 'text', text: body }]);
    }
    expect(splitMentionTokens('')).toEqual([]);
  });

  it('lists each mentioned id once, lower-cased', () => {
    expect(mentionedUserIds(`@[X](${MARIA.toUpperCase()}) @[Y](${JONAS}) @[Z](${MARIA})`)).toEqual([
      MARIA,
      JONAS,
    ]);
  });

  it('builds tokens that parse back, even from awkward names', () => {
    const token = mentionToken(MARIA, ' Maria [Mu]ster\n');
    expect(token).toBe(`@[Maria Muster](${MARIA})`);
    expect(mentionedUserIds(token)).toEqual([MARIA]);
    expect(mentionToken(JONAS, '[]')).toBe(`@[Unbekannt](${JONAS})`);
  });
});
