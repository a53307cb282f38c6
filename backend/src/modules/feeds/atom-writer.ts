/** A minimal Atom 1.0 (RFC 4287) writer for the personal news feed. */
export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  published: Date;
  updated: Date;
  author: string;
  category: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  link: string;
  updated: Date;
  author: string;
  entries: readonly AtomEntry[];
}

// Characters XML 1.0 does not allow at all (they cannot even be escaped).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: string, indent: string): string {
  return `${indent}<${name}>${escapeXml(value)}</${name}>`;
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    element('id', entry.id, '    '),
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    element('published', entry.published.toISOString(), '    '),
    element('updated', entry.updated.toISOString(), '    '),
    `    <author><name>${escapeXml(entry.author)}</name></author>`,
    ...(entry.category ? [`    <category term="${escapeXml(entry.category)}"/>`] : []),
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function writeAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    element('id', feed.id, '  '),
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>`,
    element('updated', feed.updated.toISOString(), '  '),
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
