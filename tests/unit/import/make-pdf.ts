/**
 * A minimal PDF writer for tests: pages of Helvetica text placed at given positions, the way a CV typeset with a
 * right-aligned date column comes out. Enough for pdfjs to extract text; no fonts embedded, no compression.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bytesToBase64 } from '../../../lib/encoding/base64';

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
}

function escapePdf(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** `encrypted`: a Standard security handler whose user password is not empty, so no reader opens it without one. */
export function makePdf(pages: PdfText[][], options: { encrypted?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const items of pages) {
    const stream = items
      .map((t) => `BT /${t.bold ? 'F2' : 'F1'} ${t.size ?? 10} Tf ${t.x} ${t.y} Td (${escapePdf(t.text)}) Tj ET`)
      .join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> >>`,
      ),
    );
  }
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`)
    : 0;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const security = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${security} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * Lay a text CV out as a PDF would: one text run per line, a tab-separated date pushed to a right-hand column,
 * long lines wrapped at about 95 characters, `**bold**` set in Helvetica-Bold, 46 lines per page.
 */
export function cvTextToPdf(text: string): Uint8Array {
  const pages: PdfText[][] = [[]];
  let y = 750;
  const newLine = (gap = 13) => {
    y -= gap;
    if (y < 50) {
      pages.push([]);
      y = 750;
    }
  };
  for (const raw of text.split('\n')) {
    if (!raw.trim()) {
      newLine(9);
      continue;
    }
    const [body = '', date] = raw.split('\t');
    const words = body.split(' ');
    let line = '';
    const flush = (last: boolean) => {
      const page = pages[pages.length - 1]!;
      let x = 56;
      for (const [i, part] of line.split('**').entries()) {
        if (!part) continue;
        page.push({ x, y, text: part, bold: i % 2 === 1 });
        x += part.length * 5;
      }
      if (last && date) page.push({ x: 500, y, text: date });
      newLine();
    };
    for (const word of words) {
      if (line && (line + ' ' + word).replace(/\*\*/g, '').length > 95) {
        flush(false);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    flush(true);
  }
  return makePdf(pages);
}

/**
 * `profile.import` of tests/fixtures/import/cv-two-line.txt typeset as a PDF (two degrees, two publications): the
 * request the browser tests send to import a PDF CV, and what a successful import of it reports.
 */
export function twoLineCvPdfImport() {
  const cv = readFileSync(resolve(__dirname, '../../fixtures/import/cv-two-line.txt'), 'utf8');
  return {
    request: { type: 'profile.import', format: 'auto', base64: bytesToBase64(cvTextToPdf(cv)), fileName: 'cv.pdf' },
    imported: { ok: true, summary: { education: { added: 2 }, publications: { added: 2 } } },
  } as const;
}
