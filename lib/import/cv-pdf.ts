/**
 * Text out of a CV PDF with pdfjs-dist, then the CV text importer.
 *
 * Runs in the MV3 background service worker, where dynamic `import()` and nested Workers are unavailable: the worker
 * module is imported statically and exposed as `globalThis.pdfjsWorker`, so pdfjs runs its "fake worker" in this
 * thread. Nothing is fetched (no font data, no CMaps, no WebAssembly decoders; pdfjs 6 has no eval path). Only the
 * background imports this module (through lib/import/index.ts), so no other bundle carries pdfjs.
 *
 * Layout: text items are grouped into lines by their baseline; a wide horizontal gap becomes a tab (the right-hand
 * date column of most CVs), a larger vertical gap a blank line, and a line that runs to the right margin is joined
 * with the line under it when that one continues the paragraph.
 */
import './pdf/polyfills';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { importCvText, type CvTextResult } from './cv-text';
import { findDateRange } from './dates';

const holder = globalThis as { pdfjsWorker?: unknown };
holder.pdfjsWorker ??= pdfjsWorker;

/** A CV is a few pages; a book-length PDF is read only this far. */
export const MAX_PDF_PAGES = 40;

interface Run {
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

interface Line {
  y: number;
  x: number;
  /** Where the text before any tab ends. */
  bodyEnd: number;
  size: number;
  text: string;
}

function toLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  // Each row starts with one run, so its first run is always there.
  const rows: [Run, ...Run[]][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - run.y) <= Math.max(2, run.size * 0.3)) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = row[0].x;
    let bodyEnd = row[0].x;
    let tabbed = false;
    for (const run of row) {
      const gap = run.x - end;
      if (text && gap > run.size * 2.5) {
        text += '\t';
        tabbed = true;
      } else if (text && gap > run.size * 0.15 && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
      text += run.text;
      end = Math.max(end, run.end);
      if (!tabbed) bodyEnd = end;
    }
    return { y: row[0].y, x: row[0].x, bodyEnd, size: Math.max(...row.map((r) => r.size)), text: text.trimEnd() };
  });
}

/** The usual distance between two lines of a paragraph: the lower quartile of all line spacings. */
function normalSpacing(pages: Line[][]): number {
  const spacings = pages
    .flatMap((lines) =>
      lines.flatMap((l, i) => {
        const above = lines[i - 1];
        return above ? [above.y - l.y] : [];
      }),
    )
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  return spacings[Math.floor(spacings.length / 4)] ?? 12;
}

/** A line that starts something of its own: a bullet, a label ("Project:"), a number, or a date. */
function startsItem(text: string): boolean {
  return (
    /^[-•▪●*]\s|^\[?[A-Z]{0,2}\d+[\].]\s|^[A-Z][\w &]{1,25}:\s/.test(text) ||
    findDateRange(text)?.index === 0 ||
    /^(spring|summer|fall|autumn|winter)\s+\d{4}/i.test(text)
  );
}

/** Lines of one page to text: blank lines where the spacing opens up, wrapped paragraph lines joined. */
function pageText(lines: Line[], normal: number): string {
  if (!lines.length) return '';
  const rightMargin = Math.max(...lines.map((l) => l.bodyEnd));
  let out = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - line.y;
      const wrapped =
        !prev.text.includes('\t') &&
        prev.bodyEnd > rightMargin - prev.size * 15 &&
        (!/[.!?:]$/.test(prev.text) || /^[\p{Ll}\d]/u.test(line.text)) &&
        Math.abs(line.x - prev.x) < prev.size &&
        gap <= normal * 1.2 &&
        !startsItem(line.text);
      if (wrapped) out += ' ';
      else out += gap > normal * 1.45 ? '\n\n' : '\n';
    }
    out += line.text;
  });
  return out;
}

export type PdfTextResult = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

export async function extractPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  const warnings: string[] = [];
  const task = getDocument({
    data: bytes.slice(),
    useWasm: false,
    isOffscreenCanvasSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pages: Line[][] = [];
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES)
      warnings.push(`The PDF has ${doc.numPages} pages; Vitae read the first ${MAX_PDF_PAGES} and left out the rest.`);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        runs.push({ x, y, end: x + item.width, size, text: item.str });
      }
      pages.push(toLines(runs));
      page.cleanup();
    }
    // A sentence that runs onto the next page continues there.
    const normal = normalSpacing(pages);
    const text = pages
      .map((lines) => pageText(lines, normal))
      .reduce((all, page) =>
        !all ? page : /[^.!?:]$/.test(all) && /^[\p{Ll}\d(]/u.test(page) ? `${all} ${page}` : `${all}\n\n${page}`,
      );
    if (!text.trim())
      return {
        ok: false,
        error:
          'The PDF has no text to read (it is probably a scan or made of images). Export the CV as a text PDF or paste its text.',
      };
    return { ok: true, text, warnings };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      return {
        ok: false,
        error:
          'The PDF is encrypted (protected by a password), so Vitae cannot read it. Save an unprotected copy ' +
          '(print it to PDF) or paste its text.',
      };
    return {
      ok: false,
      error: `The PDF could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    await task.destroy();
  }
}

export async function importCvPdf(bytes: Uint8Array): Promise<CvTextResult> {
  const extracted = await extractPdfText(bytes);
  if (!extracted.ok) return extracted;
  const result = importCvText(extracted.text);
  return result.ok ? { ...result, warnings: [...extracted.warnings, ...result.warnings] } : result;
}
