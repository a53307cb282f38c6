import { bodyFromDraft, draftFromBody, mentionQueryAt } from './mention-draft';

const MARIA = '0b8f6a1e-4c1d-4a7e-9f00-1234567890ab';
const MARIA_M = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('mention drafts', () => {
  it('turns picked names into tokens and back', () => {
    const draft = {
      text: 'Danke @Maria Muster und @Maria Muster-Meier!',
      mentions: [
        { userId: MARIA, displayName: 'Maria Muster' },
        { userId: MARIA_M, displayName: 'Maria Muster-Meier' },
      ],
    };
    const body = bodyFromDraft(draft);
    expect(body).toBe(`Danke @[Maria Muster](${MARIA}) und @[Maria Muster-Meier](${MARIA_M})!`);
    expect(draftFromBody(body)).toEqual(draft);
  });

  it('leaves names typed by hand or no longer picked as text', () => {
    expect(bodyFromDraft({ text: 'Hallo @Maria Muster', mentions: [] })).toBe('Hallo @Maria Muster');
    expect(bodyFromDraft({ text: 'a.b (c)', mentions: [{ userId: MARIA, displayName: 'x.y' }] })).toBe(
      'a.b (c)',
    );
  });

  it('finds the „@…“ being typed before the caret', () => {
    expect(mentionQueryAt('Hallo @Mar', 10)).toEqual({ start: 6, query: 'Mar' });
    expect(mentionQueryAt('@Maria Mu', 9)).toEqual({ start: 0, query: 'Maria Mu' });
    expect(mentionQueryAt('mail@example', 12)).toBeNull();
    expect(mentionQueryAt('@Maria Muster hat', 17)).toBeNull();
    expect(mentionQueryAt('@Ma\nria', 7)).toBeNull();
    expect(mentionQueryAt('kein at', 7)).toBeNull();
  });
});
