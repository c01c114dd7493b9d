/**
 * Entry point of every import: decode the bytes, detect the format, run the importer.
 * Importers never throw to the caller: a refusal is `{ok:false, error}` with a message a person can act on.
 */
import { looksLikeBackup, parseBackup } from '../backup/backup';
import type { ImportFormat } from './formats';
import { importCslJson } from './csl-json';
import { importCvText } from './cv-text';
import { importDblpXml } from './dblp-xml';
import { importCvLines } from './cv-markup/links';
import { isZip } from './cv-markup/zip';
import { decodeBytes, isPdf } from './decode';
import { detectFormat, type TextFormat } from './detect';
import { parseJsonText } from './json';
import { importJsonResume } from './json-resume';
import { importOrcid } from './orcid';
import { inferMissingFields } from './required';
import type { ImportInput, ImportOutcome, ProfileDraft } from './types';
import { base64ToBytes } from '../encoding/base64';

export type ImportResult = { ok: true; value: ImportOutcome } | { ok: false; error: string };

type DraftResult = { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string };

const JSON_FORMATS = new Set<ImportFormat>(['json-resume', 'csl-json', 'orcid-json', 'backup']);

const JSON_IMPORTERS: Record<'json-resume' | 'csl-json' | 'orcid-json', (data: unknown) => DraftResult> = {
  'json-resume': importJsonResume,
  'csl-json': importCslJson,
  'orcid-json': importOrcid,
};

/**
 * The big parsers (pdf.js, mammoth, unified-latex, marked, the BibTeX parser) load on first use of their format,
 * each in a chunk of its own (issue #16): a BibTeX import does not evaluate pdf.js. This module never runs in
 * Chrome's MV3 service worker, where `import()` is refused, and whose every start would evaluate them all: there the
 * background hands imports to an offscreen document (platform/import-parser.ts, entrypoints/offscreen/). Firefox's
 * background page and the unit tests import this module directly.
 */
const PARSERS = {
  bibtex: () => import('./bibtex'),
  markdown: () => import('./cv-markup/markdown'),
  latex: () => import('./cv-markup/latex'),
  docx: () => import('./cv-markup/docx'),
  pdf: () => import('./cv-pdf'),
};

/** The parser a file's name points to, by its extension. */
const PARSER_BY_EXTENSION: Record<string, keyof typeof PARSERS> = {
  bib: 'bibtex',
  md: 'markdown',
  markdown: 'markdown',
  tex: 'latex',
  docx: 'docx',
  pdf: 'pdf',
};

/**
 * Load the parser a chosen file will need (the Import panel asks when a file is picked, before "Preview import"), so
 * that the import does not wait for it. Nothing for a name that names no big parser.
 */
export async function preloadParserFor(fileName: string): Promise<void> {
  const parser = PARSER_BY_EXTENSION[/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''];
  if (parser) await PARSERS[parser]();
}

const TEXT_IMPORTERS: Record<'cv-text' | 'bibtex' | 'dblp-xml', (text: string) => DraftResult | Promise<DraftResult>> =
  {
    'cv-text': importCvText,
    bibtex: async (text) => (await PARSERS.bibtex()).importBibtex(text),
    'dblp-xml': importDblpXml,
  };

/** Markdown, LaTeX and Word go through their parsers (cv-markup/*). */
async function importCvMarkup(format: 'cv-markdown' | 'cv-latex', text: string): Promise<DraftResult> {
  const lines =
    format === 'cv-markdown' ? (await PARSERS.markdown()).markdownToCv(text) : (await PARSERS.latex()).latexToCv(text);
  return importCvLines(lines);
}

async function importCvDocx(bytes: Uint8Array): Promise<DraftResult> {
  const converted = await (await PARSERS.docx()).docxToCv(bytes);
  return converted.ok ? importCvLines(converted.converted) : converted;
}

async function importCvPdf(bytes: Uint8Array): Promise<DraftResult> {
  return (await PARSERS.pdf()).importCvPdf(bytes);
}

function errorText(error: unknown): string {
  if (error instanceof RangeError) return 'the file is too deeply nested or too large to read';
  return error instanceof Error ? error.message : String(error);
}

/** An import as a message carries it: a file's bytes as base64, since Chrome's extension messages are JSON. */
export interface EncodedImportInput extends Omit<ImportInput, 'bytes'> {
  base64?: string;
}

/**
 * parseImport for an import that came by message (the offscreen document, Firefox's background page: see
 * platform/import-parser.ts). Never throws, as parseImport.
 */
export async function parseEncodedImport({ base64, ...rest }: EncodedImportInput): Promise<ImportResult> {
  try {
    return await parseImport({ ...rest, ...(base64 !== undefined ? { bytes: base64ToBytes(base64) } : {}) });
  } catch (error) {
    return { ok: false, error: `The import failed and changed nothing: ${errorText(error)}` };
  }
}

/** Parse an import. Never throws: unexpected failures become `{ok:false}` too, and nothing is saved. */
export async function parseImport(input: ImportInput): Promise<ImportResult> {
  try {
    return await runImport(input);
  } catch (error) {
    return { ok: false, error: `The import failed and changed nothing: ${errorText(error)}` };
  }
}

/** True when a draft holds no fact at all (every value empty). */
function isEmptyDraft(draft: ProfileDraft): boolean {
  const hasFact = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.length > 0
      : value !== null && typeof value === 'object'
        ? Object.values(value).some(hasFact)
        : value !== undefined && value !== '';
  return !Object.values(draft).some(hasFact);
}

function profileOutcome(format: ImportFormat, result: DraftResult, warnings: string[]): ImportResult {
  if (!result.ok) return result;
  inferMissingFields(result.draft);
  const all = [...warnings, ...result.warnings];
  // Input whose every value was unusable (wrong types, no recognisable facts) is refused, not "imported" as nothing.
  if (isEmptyDraft(result.draft)) {
    const why = all.length
      ? ` ${all.slice(0, 5).join(' ')}${all.length > 5 ? ` (and ${all.length - 5} more)` : ''}`
      : '';
    return { ok: false, error: `Found nothing to import in this ${format} file; nothing was changed.${why}` };
  }
  return {
    ok: true,
    value: { kind: 'profile', format, draft: result.draft, warnings: [...warnings, ...result.warnings] },
  };
}

async function runImport(input: ImportInput): Promise<ImportResult> {
  const warnings: string[] = [];
  let text = input.text;
  if (input.bytes) {
    if (input.bytes.length === 0) return { ok: false, error: 'The file is empty.' };
    if (isPdf(input.bytes)) {
      if (input.format !== 'cv-pdf' && input.format !== 'auto')
        return {
          ok: false,
          error: `This file is a PDF, not ${input.format}: import it as a CV PDF (or choose "auto").`,
        };
      return profileOutcome('cv-pdf', await importCvPdf(input.bytes), warnings);
    }
    if (input.format === 'cv-pdf') return { ok: false, error: 'This file is not a PDF (a PDF starts with "%PDF-").' };
    if (isZip(input.bytes)) {
      if (input.format !== 'cv-docx' && input.format !== 'auto')
        return { ok: false, error: `This file is a zip archive (a Word file?), not ${input.format}.` };
      return profileOutcome('cv-docx', await importCvDocx(input.bytes), warnings);
    }
    if (input.format === 'cv-docx')
      return { ok: false, error: 'This file is not a Word .docx file (a .docx is a zip archive starting with "PK").' };
    const decoded = decodeBytes(input.bytes);
    if (!decoded.ok) return decoded;
    text = decoded.text;
    warnings.push(...decoded.warnings);
  } else if (input.format === 'cv-pdf' || input.format === 'cv-docx') {
    return {
      ok: false,
      error: `A ${input.format === 'cv-pdf' ? 'CV PDF' : 'Word file'} must come as file bytes (base64), not as text.`,
    };
  }
  if (text === undefined || text.trim() === '') return { ok: false, error: 'The file is empty.' };

  let format: ImportFormat = input.format;
  let json: unknown;
  // A .json file, or JSON after leading comments, is read as JSON (and told apart by what is wrong with it).
  const looksJson =
    /^\s*[[{]/.test(text) ||
    /\.json$/i.test(input.fileName ?? '') ||
    /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)+[[{]/.test(text);
  if (JSON_FORMATS.has(format) || (format === 'auto' && looksJson)) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return parsed;
    json = parsed.value;
    warnings.push(...parsed.warnings);
  }
  if (format === 'auto') {
    const detected: TextFormat | undefined = detectFormat(text, input.fileName, json);
    if (!detected)
      return {
        ok: false,
        error: 'This JSON is none of the formats Vitae reads (JSON Resume, CSL-JSON, ORCID record, Vitae backup).',
      };
    format = detected;
  }
  switch (format) {
    case 'backup': {
      if (!looksLikeBackup(json)) return { ok: false, error: 'Not a Vitae backup (no "format": "vitae-backup").' };
      const backup = parseBackup(json);
      if (!backup.ok) return backup;
      return { ok: true, value: { kind: 'backup', format: 'backup', backup: backup.backup, warnings } };
    }
    case 'json-resume':
    case 'csl-json':
    case 'orcid-json':
      return profileOutcome(format, JSON_IMPORTERS[format](json), warnings);
    case 'cv-text':
    case 'bibtex':
    case 'dblp-xml':
      return profileOutcome(format, await TEXT_IMPORTERS[format](text), warnings);
    case 'cv-markdown':
    case 'cv-latex':
      return profileOutcome(format, await importCvMarkup(format, text), warnings);
    case 'orcid-id':
    case 'dblp-pid':
      return {
        ok: false,
        error: `${format} names a record to fetch; the background fetches it and imports the record it gets.`,
      };
    default:
      return { ok: false, error: `Unknown or unsupported import format: ${String(format)}` };
  }
}
