import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import sanitizeHtml from 'sanitize-html';

/** Larger SVGs are refused: sanitising parses the whole document in memory. */
export const MAX_SVG_BYTES = 10 * 1024 * 1024;

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Drawing elements only: no script, foreignObject, animation (it can rewrite links), no `a`. */
const ELEMENTS = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'switch', 'view', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology',
  'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]; // prettier-ignore

/** Geometry and presentation attributes; no event handlers (`on*`), no external references. */
const ATTRIBUTES = [
  'id', 'class', 'style', 'transform', 'viewBox', 'preserveAspectRatio', 'width', 'height',
  'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points',
  'pathLength', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity',
  'opacity', 'color', 'display', 'visibility', 'overflow', 'clip-path', 'clip-rule', 'clipPathUnits',
  'mask', 'maskUnits', 'maskContentUnits', 'filter', 'filterUnits', 'primitiveUnits',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'stop-color', 'stop-opacity',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'font-family', 'font-size',
  'font-weight', 'font-style', 'font-variant', 'font-stretch', 'text-anchor', 'dominant-baseline',
  'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration',
  'writing-mode', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method',
  'spacing', 'marker-start', 'marker-mid', 'marker-end', 'markerWidth', 'markerHeight',
  'markerUnits', 'refX', 'refY', 'orient', 'in', 'in2', 'result', 'stdDeviation', 'type', 'values',
  'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'flood-color', 'flood-opacity', 'lighting-color',
  'scale', 'xChannelSelector', 'yChannelSelector', 'radius', 'baseFrequency', 'numOctaves', 'seed',
  'stitchTiles', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'kernelMatrix',
  'order', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode', 'preserveAlpha', 'surfaceScale',
  'diffuseConstant', 'specularConstant', 'specularExponent', 'azimuth', 'elevation', 'pointsAtX',
  'pointsAtY', 'pointsAtZ', 'limitingConeAngle', 'z', 'mix-blend-mode', 'isolation',
  'shape-rendering', 'text-rendering', 'image-rendering', 'color-interpolation',
  'color-interpolation-filters', 'vector-effect', 'paint-order', 'enable-background',
  'href', 'xlink:href', 'xmlns', 'xmlns:xlink', 'xml:space', 'version',
]; // prettier-ignore

/** Removed together with everything inside them. */
const DROPPED_WITH_CONTENT = ['script', 'foreignObject', 'metadata', 'iframe', 'object', 'embed', 'handler'];

/** Only references inside the document (`#id`) and embedded raster images are kept. */
const INTERNAL_REFERENCE = /^\s*#[\w.:-]+\s*$/;
const EMBEDDED_IMAGE = /^\s*data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** CSS may point only into the document: `url(#id)`; `@import` and other URLs are removed. */
export function sanitizeCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '') // comments could split tokens
      // Escapes could spell `url` or `@import` in disguise: decode them first.
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_escape, hex: string) => {
        const code = Number.parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      })
      .replace(/\\(.)/g, '$1')
      .replace(/@import[^;]*;?/gi, '')
      .replace(/url\(\s*(['"]?)(?!#)[^)]*\)/gi, 'none')
      .replace(/expression\s*\(|-moz-binding|behavior\s*:/gi, '')
  );
}

function safeAttributes(tagName: string, attributes: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'href' || name === 'xlink:href') {
      const embedded = (tagName === 'image' || tagName === 'feImage') && EMBEDDED_IMAGE.test(value);
      if (!INTERNAL_REFERENCE.test(value) && !embedded) continue;
    } else if (name === 'xmlns') {
      if (value !== SVG_NS) continue;
    } else if (name === 'xmlns:xlink') {
      if (value !== XLINK_NS) continue;
    } else if (name === 'style') {
      kept[name] = sanitizeCss(value);
      continue;
    } else if (/url\(\s*['"]?(?!#)/i.test(value)) {
      continue; // e.g. fill="url(https://…)"
    }
    kept[name] = value;
  }
  return kept;
}

/**
 * Everything before the root element (XML declaration, comments, a DOCTYPE with an internal
 * subset and its entity declarations) is dropped, so no entity can ever be expanded.
 */
function rootElement(svg: string): string | null {
  let rest = svg.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)\s*/i.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  return /^<svg[\s>/]/.test(rest) ? rest : null;
}

/**
 * An SVG reduced to an allow-list of drawing elements and attributes: no scripts, event
 * handlers, foreignObject, animation, links, external references (`href`, `url()`, `@import`)
 * or entity declarations. Returns null when no `<svg>` root element is left.
 */
export function sanitizeSvg(svg: string): string | null {
  const root = rootElement(svg);
  if (!root) return null;
  const clean = sanitizeHtml(root, {
    parser: { xmlMode: true, decodeEntities: true },
    allowedTags: ELEMENTS,
    allowedAttributes: { '*': ATTRIBUTES },
    // Checked by safeAttributes below, which is stricter than a scheme list.
    allowedSchemes: ['data'],
    allowedSchemesAppliedToAttributes: [],
    allowProtocolRelative: false,
    allowVulnerableTags: true, // `style` is kept; its CSS goes through sanitizeCss.
    nonTextTags: DROPPED_WITH_CONTENT,
    exclusiveFilter: (frame) => DROPPED_WITH_CONTENT.includes(frame.tag),
    transformTags: {
      '*': (tagName, attributes) => ({ tagName, attribs: safeAttributes(tagName, attributes) }),
    },
  })
    // sanitize-html passes style text through raw: sanitise the CSS and escape it for XML.
    .replace(
      /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g,
      (_match, open: string, css: string, close: string) =>
        open + sanitizeCss(css).replace(/&/g, '&amp;').replace(/</g, '&lt;') + close,
    )
    .trim();
  if (!/^<svg[\s>]/.test(clean)) return null;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${clean}\n`;
}

/**
 * Sanitises a staged SVG upload in place; returns its new size and SHA-256, or null when
 * nothing drawable is left. The caller has checked the size against MAX_SVG_BYTES.
 */
export async function sanitizeStagedSvg(path: string): Promise<{ size: number; sha256: string } | null> {
  const clean = sanitizeSvg(await readFile(path, 'utf8'));
  if (clean === null) return null;
  const content = Buffer.from(clean, 'utf8');
  await writeFile(path, content);
  return { size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}
