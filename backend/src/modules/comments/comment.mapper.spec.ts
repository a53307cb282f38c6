import { toSegments } from './comment.mapper';

const MARIA = '0b8f6a1e-4c1d-4a7e-9f00-1234567890ab';
const OTHER = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('toSegments', () => {
  it('resolves stored mentions to current names and keeps everything else as text', () => {
    const body = `<b>Hallo</b> @[Alter Name](${MARIA}) und @[Fremd](${OTHER})!`;
    expect(toSegments(body, new Map([[MARIA, 'Maria Muster']]))).toEqual([
      { type: 'text', text: '<b>Hallo</b> ' },
      { type: 'mention', userId: MARIA, displayName: 'Maria Muster' },
      { type: 'text', text: ` und @[Fremd](${OTHER})!` },
    ]);
  });

  it('gives no segments for an empty body', () => {
    expect(toSegments('', new Map())).toEqual([]);
  });
});
