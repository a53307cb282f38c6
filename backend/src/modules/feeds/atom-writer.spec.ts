import { escapeXml, writeAtom } from './atom-writer';

describe('atom writer', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<b>"A" & 'B'</b>\u0001`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;');
  });

  it('writes an Atom 1.0 feed with escaped entries', () => {
    const xml = writeAtom({
      id: 'https://portal.example/neuigkeiten',
      title: 'Neuigkeiten',
      subtitle: 'Für Sie',
      link: 'https://portal.example/neuigkeiten',
      updated: new Date('2026-02-01T08:00:00Z'),
      author: 'Portal',
      entries: [
        {
          id: 'urn:uuid:1',
          title: 'Q&A <live>',
          summary: 'a < b && c',
          link: 'https://portal.example/neuigkeiten/1?x=1&y=2',
          published: new Date('2026-01-01T08:00:00Z'),
          updated: new Date('2026-01-02T08:00:00Z'),
          author: 'Jonas Keller',
          category: 'Recht & Politik',
        },
      ],
    });
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'),
    ).toBe(true);
    expect(xml).toContain('<title type="text">Q&amp;A &lt;live&gt;</title>');
    expect(xml).toContain('<summary type="text">a &lt; b &amp;&amp; c</summary>');
    expect(xml).toContain('href="https://portal.example/neuigkeiten/1?x=1&amp;y=2"');
    expect(xml).toContain('<updated>2026-02-01T08:00:00.000Z</updated>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});
