/**
 * A Markdown CV (a .md file, or pasted Markdown) through a real Markdown parser, marked's lexer with GitHub's
 * extensions (tables, bare-URL and e-mail autolinks, strikethrough, task lists), into the lines the CV text
 * importer reads: headings on their own lines, list items as "- " lines, table rows as tab-separated cells, emphasis
 * dropped but bold kept (it marks the owner in author lists), HTML comments and raw HTML dropped, footnote marks
 * dropped, link text kept and its target collected. In the header (before the first section heading) a link's
 * target is written out, so the contact parser sees the homepage behind "[Homepage](https://…)".
 *
 * Parser choice: marked, not micromark (mdast-util-from-markdown), for speed. On the 20-page Markdown CV of
 * scripts/bench-import.ts micromark with its GFM extensions took about 190 ms of CPU at best (300 ms to 2.8 s in the
 * extension as the machine got busier; the bare-URL extension alone about 60 ms); marked's lexer takes about 5 ms.
 * Only the lexer runs: no HTML is rendered.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { Lexer, type Token, type Tokens } from 'marked';
import type { ConvertedCv } from './links';

/** marked leaves character references in the text (and writes a bare `&` as `&amp;`): decode them. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = decodeNamedCharacterReference(ref);
    return named === false ? whole : named;
  });
}

/** A footnote mark "[^1]" (marked has no footnotes; the notes themselves are dropped as paragraphs). */
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]/g;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;

export function markdownToCv(markdown: string): ConvertedCv {
  const tokens = Lexer.lex(markdown, { gfm: true });
  const urls: string[] = [];
  const lines: string[] = [];
  let inHeader = true;
  let seenTitle = false;

  const inline = (token: Token): string => {
    switch (token.type) {
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens ? children(text.tokens) : decodeEntities(text.text).replace(FOOTNOTE_MARK, '');
      }
      case 'escape':
      case 'codespan':
        return decodeEntities((token as Tokens.Escape | Tokens.Codespan).text);
      case 'strong':
        return `**${children(token.tokens ?? [])}**`;
      case 'em':
      case 'del':
        return children(token.tokens ?? []);
      case 'br':
        return '\n';
      case 'link': {
        const link = token as Tokens.Link;
        urls.push(link.href);
        const text = children(link.tokens);
        const email = /^mailto:(.+)$/i.exec(link.href)?.[1];
        if (email) return text.includes('@') ? text : email;
        if (inHeader && !text.includes(link.href.replace(/^https?:\/\//, '').replace(/\/$/, ''))) return link.href;
        return text;
      }
      case 'image':
      case 'html':
      case 'checkbox':
        return '';
      default:
        return 'tokens' in token && token.tokens ? children(token.tokens) : 'text' in token ? String(token.text) : '';
    }
  };
  const children = (list: Token[]): string => list.map(inline).join('');

  const block = (token: Token, indent = ''): void => {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        const text = children(heading.tokens).replace(/\*\*/g, '').trim();
        if (!(heading.depth === 1 && !seenTitle && inHeader)) inHeader = false;
        seenTitle = true;
        lines.push('', text, '');
        return;
      }
      case 'paragraph':
      case 'text': {
        if (FOOTNOTE_DEFINITION.test(token.raw)) return;
        lines.push(
          ...inline(token)
            .split('\n')
            .map((l) => indent + l.trim()),
        );
        if (!indent) lines.push('');
        return;
      }
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((item, i) => {
          const marker = list.ordered ? `${start + i}. ` : '- ';
          const parts = item.tokens.filter((t) => t.type !== 'checkbox' && t.type !== 'space');
          parts.forEach((child, j) => {
            if (j === 0 && (child.type === 'paragraph' || child.type === 'text')) {
              const [first = '', ...rest] = inline(child).split('\n');
              lines.push(`${indent}${marker}${first.trim()}`, ...rest.map((l) => `${indent}  ${l.trim()}`));
            } else block(child, `${indent}  `);
          });
        });
        if (!indent) lines.push('');
        return;
      }
      case 'table': {
        // The first row is the header ("Years | Position") unless it already holds an entry (a year).
        const table = token as Tokens.Table;
        const header = table.header.map((cell) => children(cell.tokens).trim());
        if (/\d{4}/.test(header.join(' '))) lines.push(header.join('\t'));
        for (const row of table.rows) lines.push(row.map((cell) => children(cell.tokens).trim()).join('\t'));
        lines.push('');
        return;
      }
      case 'blockquote':
        for (const child of (token as Tokens.Blockquote).tokens) block(child, indent);
        return;
      case 'code':
        lines.push(...(token as Tokens.Code).text.split('\n'), '');
        return;
      case 'def':
        urls.push((token as Tokens.Def).href);
        return;
      case 'html':
      case 'hr':
      case 'space':
        return;
      default:
        if ('tokens' in token && token.tokens) lines.push(children(token.tokens));
    }
  };
  for (const token of tokens) block(token);
  return { text: lines.join('\n').replace(/\n{3,}/g, '\n\n'), urls, warnings: [] };
}
