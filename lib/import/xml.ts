/**
 * A small XML reader for dblp's person pages (the service worker has no DOMParser). Elements, attributes, text and
 * CDATA; entities (the XML five, numeric, and the Latin-1 names dblp's DTD declares). No DTD processing, so no
 * entity expansion attacks; nesting deeper than 200 is refused.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text and child elements in document order (dblp titles mix them: "A &amp; <i>B</i>."). */
  content: (string | XmlElement)[];
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  reg: '®',
  copy: '©',
  micro: 'µ',
  times: '×',
};
const LATIN1 =
  'Agrave À Aacute Á Acirc Â Atilde Ã Auml Ä Aring Å AElig Æ Ccedil Ç Egrave È Eacute É Ecirc Ê Euml Ë Igrave Ì Iacute Í Icirc Î Iuml Ï ETH Ð Ntilde Ñ Ograve Ò Oacute Ó Ocirc Ô Otilde Õ Ouml Ö Oslash Ø Ugrave Ù Uacute Ú Ucirc Û Uuml Ü Yacute Ý THORN Þ szlig ß agrave à aacute á acirc â atilde ã auml ä aring å aelig æ ccedil ç egrave è eacute é ecirc ê euml ë igrave ì iacute í icirc î iuml ï eth ð ntilde ñ ograve ò oacute ó ocirc ô otilde õ ouml ö oslash ø ugrave ù uacute ú ucirc û uuml ü yacute ý thorn þ yuml ÿ'.split(
    ' ',
  );
for (let i = 0; i + 1 < LATIN1.length; i += 2) {
  const name = LATIN1[i];
  const char = LATIN1[i + 1];
  if (name !== undefined && char !== undefined) NAMED[name] = char;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

export const MAX_XML_DEPTH = 200;

export function parseXml(text: string): { ok: true; root: XmlElement } | { ok: false; error: string } {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], content: [] };
  const stack: XmlElement[] = [root];
  const re =
    /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<![^>]*>|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const top = stack[stack.length - 1];
    // The root is never popped (no closing tag can name "#document"), so there is always a top.
    if (!top) return { ok: false, error: 'Not well-formed XML.' };
    if (m[1] !== undefined) top.content.push(m[1]);
    else if (m[2] !== undefined) {
      if (top.name !== m[2]) return { ok: false, error: `Not well-formed XML: </${m[2]}> closes <${top.name}>.` };
      stack.pop();
    } else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const [, attr, doubleQuoted, singleQuoted] of (m[4] ?? '').matchAll(
        /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
      ))
        if (attr !== undefined) attrs[attr] = decodeEntities(doubleQuoted ?? singleQuoted ?? '');
      const element: XmlElement = { name: m[3], attrs, children: [], content: [] };
      top.children.push(element);
      top.content.push(element);
      if (m[5] !== '/') {
        if (stack.length > MAX_XML_DEPTH)
          return { ok: false, error: `The XML is nested deeper than ${MAX_XML_DEPTH} levels; refused.` };
        stack.push(element);
      }
    } else if (m[6] !== undefined) top.content.push(decodeEntities(m[6]));
    else if (m[0].startsWith('<') && !/^<(!|\?)/.test(m[0])) return { ok: false, error: 'Not well-formed XML.' };
  }
  const unclosed = stack[stack.length - 1];
  if (stack.length > 1 && unclosed)
    return { ok: false, error: `Not well-formed XML: <${unclosed.name}> is never closed (cut off?).` };
  return { ok: true, root };
}

/** All text inside an element, tags removed (dblp titles contain <i>, <sub>, …). */
export function textOf(element: XmlElement): string {
  return element.content
    .map((part) => (typeof part === 'string' ? part : textOf(part)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
