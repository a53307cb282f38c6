import sharp from 'sharp';
import { sanitizeCss, sanitizeSvg } from './svg-sanitizer';

const HOSTILE = `<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
<script>alert(2)</script>
<style>@import url(http://evil.example/x.css); .a{fill:url(#g)} .b{background:u\\72l(http://evil.example/)}</style>
<linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>
<a xlink:href="javascript:alert(3)"><rect class="a" width="5" height="5" onclick="steal()" fill="url(http://evil.example/#x)" style="fill:url(https://evil.example/x)"/></a>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
<use href="#g"/><use xlink:href="http://evil.example/x.svg#a"/>
<image href="data:image/png;base64,iVBORw0KGgo="/><image href="https://evil.example/track.png"/>
<set attributeName="href" to="javascript:alert(5)"/>
<text>&xxe; &amp; Übergänge</text>
</svg>`;

describe('sanitizeSvg', () => {
  const clean = sanitizeSvg(HOSTILE) ?? '';

  it('removes scripts, event handlers, javascript: and external references', () => {
    for (const gone of [
      '<script',
      'alert',
      'onload',
      'onclick',
      'onerror',
      'javascript:',
      'foreignObject',
      'evil.example',
      '@import',
      '<set',
      'ENTITY',
      'file:///',
      '<a ',
    ]) {
      expect(clean).not.toContain(gone);
    }
  });

  it('keeps the drawing: internal references, gradients, embedded images, text', () => {
    expect(clean.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(clean).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(clean).toContain('<use href="#g">');
    expect(clean).toContain('.a{fill:url(#g)}');
    expect(clean).toContain('<image href="data:image/png;base64,iVBORw0KGgo=">');
    expect(clean).toContain('<rect class="a" width="5" height="5" style="fill:none">');
    // The undeclared entity stays text; it is never expanded.
    expect(clean).toContain('&amp;xxe; &amp; Übergänge');
  });

  it('leaves a harmless logo valid: sharp renders it', async () => {
    const logo = sanitizeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">' +
        '<defs><linearGradient id="v"><stop offset="0" stop-color="#005ea8"/><stop offset="1" stop-color="#7ab51d"/></linearGradient></defs>' +
        '<rect width="200" height="100" fill="url(#v)"/><text x="10" y="60" font-size="24" fill="#fff">Stark. Sozial.</text></svg>',
    );
    expect(logo).not.toBeNull();
    const { data, info } = await sharp(Buffer.from(logo ?? ''))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([200, 100]);
    // Top-left pixel is the gradient's start colour: the internal url(#v) still works.
    expect([data[0], data[1], data[2]]).toEqual([0, 94, 168]);
  });

  it('refuses documents without an svg root', () => {
    expect(sanitizeSvg('<html><svg/></html>')).toBeNull();
    expect(sanitizeSvg('just text')).toBeNull();
  });
});

describe('sanitizeCss', () => {
  it('keeps only document-internal URLs', () => {
    expect(sanitizeCss('a{fill:url(#x);stroke:url("https://e/x")}')).toBe('a{fill:url(#x);stroke:none}');
    expect(sanitizeCss('@import "x.css"; b{}')).toBe(' b{}');
    expect(sanitizeCss('b{background:url/**/(http://e)}')).toBe('b{background:none}');
    expect(sanitizeCss('b{background:\\75rl(http://e)} c{content:"\\ffffff"}')).toBe(
      'b{background:none} c{content:"\ufffd"}',
    );
  });
});
