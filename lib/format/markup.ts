/**
 * Small helpers for the markup of the CSL engine's HTML output: tokenising, decoding entities, escaping.
 * The engine escapes every value it prints, so its HTML is markup we trust and text we can decode.
 */

export type Token = { kind: 'text'; text: string } | { kind: 'tag'; name: string; close: boolean; raw: string };

export function tokenizeHtml(html: string): Token[] {
  const tokens: Token[] = [];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) tokens.push({ kind: 'text', text: decodeEntities(html.slice(last, m.index)) });
    tokens.push({ kind: 'tag', name: (m[2] ?? '').toLowerCase(), close: m[1] === '/', raw: m[0] });
    last = re.lastIndex;
  }
  if (last < html.length) tokens.push({ kind: 'text', text: decodeEntities(html.slice(last)) });
  return tokens;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body] ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escape the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The inner HTML of a CSL entry without its csl-entry/left-margin/right-inline wrappers. */
export function unwrapCslEntry(html: string): string {
  return html
    .replace(/<div class="csl-left-margin">[\s\S]*?<\/div>/, '')
    .replace(/<\/?div\b[^>]*>/g, '')
    .trim();
}
