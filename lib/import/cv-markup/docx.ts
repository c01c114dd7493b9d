/**
 * A Word CV (.docx) through mammoth, whose HTML keeps headings, lists, tables, bold and links; that HTML (made by
 * mammoth, so small and regular) is turned into the lines the CV text importer reads without a DOM, which the
 * background service worker does not have.
 *
 * A .docx is a zip. Before anything is unpacked, its central directory is read: a file that is not a zip, has no
 * word/document.xml, has too many entries, or declares more than MAX_DOCX_UNPACKED bytes unpacked is refused, so a
 * zip bomb is never inflated.
 */
import mammoth from 'mammoth';
import type { ConvertedCv } from './links';

/** Far more than any CV (a CV with photos is a few MB unpacked). */
export const MAX_DOCX_UNPACKED = 50 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

type Check = { ok: true } | { ok: false; error: string };

/** Read the zip's central directory (never its data): names and declared unpacked sizes. */
export function checkDocxZip(bytes: Uint8Array): Check {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65 535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return { ok: false, error: 'This Word file is damaged (its zip directory is missing); nothing was changed.' };
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    return { ok: false, error: 'This Word file is a zip64 archive, far larger than a CV; Vitae refuses it.' };
  if (count > MAX_ENTRIES)
    return { ok: false, error: `This Word file holds ${count} parts, far more than a CV; Vitae refuses it.` };
  let total = 0;
  let hasDocument = false;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      return { ok: false, error: 'This Word file is damaged (its zip directory is cut short); nothing was changed.' };
    total += view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name === 'word/document.xml') hasDocument = true;
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  if (total > MAX_DOCX_UNPACKED)
    return {
      ok: false,
      error:
        `This Word file unpacks to ${Math.round(total / 1024 / 1024)} MB, more than the ` +
        `${MAX_DOCX_UNPACKED / 1024 / 1024} MB any CV needs; Vitae refused it without unpacking it.`,
    };
  if (!hasDocument) return { ok: false, error: 'This zip file is not a Word document (it has no word/document.xml).' };
  return { ok: true };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** mammoth's HTML → CV lines: headings and paragraphs on their own lines, list items "- ", table rows tabbed. */
export function docxHtmlToCv(html: string): ConvertedCv {
  const urls: string[] = [];
  let out = '';
  const listDepth: number[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      out += decodeEntities(m[4]);
      continue;
    }
    const tagName = m[2];
    if (tagName === undefined) continue;
    const closing = m[1] === '/';
    const tag = tagName.toLowerCase();
    switch (tag) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        out += closing ? '\n\n' : '\n\n';
        break;
      case 'p':
        if (closing) out += listDepth.length ? '' : '\n';
        else if (!/\t$/.test(out) && !/- $/.test(out)) out += listDepth.length ? ' ' : '\n';
        break;
      case 'br':
        out += '\n';
        break;
      case 'ul':
      case 'ol':
        if (closing) listDepth.pop();
        else listDepth.push(0);
        out += '\n';
        break;
      case 'li':
        if (!closing) out += `\n${'  '.repeat(Math.max(0, listDepth.length - 1))}- `;
        break;
      case 'tr':
        out += '\n';
        break;
      case 'td':
      case 'th':
        if (closing) out = out.replace(/\n+$/, '') + '\t';
        break;
      case 'table':
        out += '\n\n';
        break;
      case 'strong':
        out += '**';
        break;
      case 'a': {
        const href = /href="([^"]*)"/.exec(m[3] ?? '')?.[1];
        if (!closing && href && !href.startsWith('#')) urls.push(decodeEntities(href));
        break;
      }
      default:
        break;
    }
  }
  const text = out
    .split('\n')
    .map((l) =>
      l
        .replace(/\t+$/, '')
        .replace(/\*\*(\s*)\*\*/g, '$1')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { text, urls, warnings: [] };
}

type DocxResult = { ok: true; converted: ConvertedCv } | { ok: false; error: string };

export async function docxToCv(bytes: Uint8Array): Promise<DocxResult> {
  const check = checkDocxZip(bytes);
  if (!check.ok) return check;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (Node tests): give both.
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
  } catch (error) {
    return {
      ok: false,
      error: `This Word file could not be read (${error instanceof Error ? error.message : String(error)}); nothing was changed.`,
    };
  }
  return { ok: true, converted: docxHtmlToCv(result.value) };
}
