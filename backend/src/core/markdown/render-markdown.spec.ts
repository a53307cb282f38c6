import { renderMarkdown } from './render-markdown';

/** Payloads from the OWASP XSS filter evasion cheat sheet, in Markdown and raw HTML form. */
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">Klick</a>',
  '[Klick](javascript:alert(1))',
  '[Klick](JaVaScRiPt:alert(1))',
  '[Klick](  javascript:alert(1))',
  '[Klick](java&#x09;script:alert(1))',
  '[Klick](vbscript:msgbox(1))',
  '[Klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](x" onerror="alert(1))',
  '<iframe src="https://example.org"></iframe>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[Klick](https://example.org "title\\" onmouseover=\\"alert(1))',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '`<script>alert(1)</script>`',
];

describe('renderMarkdown', () => {
  it('renders the formatting authors use', () => {
    const html = renderMarkdown('# Überschrift\n\n**fett** und *kursiv*\n\n- eins\n- zwei\n\n> Zitat');
    expect(html).toContain('<h2>Überschrift</h2>');
    expect(html).toContain('<strong>fett</strong>');
    expect(html).toContain('<em>kursiv</em>');
    expect(html).toContain('<li>eins</li>');
    expect(html).toContain('<blockquote>');
  });

  it('opens external links safely and keeps internal ones', () => {
    expect(renderMarkdown('[Landkreistag](https://www.landkreistag.de)')).toContain(
      '<a href="https://www.landkreistag.de" rel="noopener noreferrer" target="_blank">Landkreistag</a>',
    );
    expect(renderMarkdown('[Termine](/termine)')).toContain('<a href="/termine">Termine</a>');
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (payload) => {
    // Text is escaped (&lt;…), so every real element starts with '<': check the elements only.
    const tags = renderMarkdown(`Text ${payload} Ende`).match(/<[^>]*>/g) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<\/?(p|a|code|strong|em)\b/);
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
    }
  });

  it('shows the alt text of images instead of loading them', () => {
    expect(renderMarkdown('![Plakat der Kampagne](https://example.org/plakat.png)')).toBe(
      '<p>Plakat der Kampagne</p>\n',
    );
  });
});
