/**
 * Entry point of every import: decode the bytes, detect the format, run the importer.
 * Importers never throw to the caller: a refusal is `{ok:false, error}` with a message a person can act on.
 */
import { looksLikeBackup, parseBackup } from '../backup/backup';
import type { ImportFormat } from '../messaging/protocol';
import { decodeBytes, isPdf } from './decode';
import { parseJsonText } from './json';
import { importCvText } from './cv-text';
import { importJsonResume } from './json-resume';
import type { ImportInput, ImportOutcome, ProfileDraft } from './types';

export type ImportResult = { ok: true; value: ImportOutcome } | { ok: false; error: string };

type TextImporter = (
  text: string,
) => { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string };

function fromJson(importer: (data: unknown) => ReturnType<TextImporter>): TextImporter {
  return (text) => {
    const json = parseJsonText(text);
    if (!json.ok) return json;
    const result = importer(json.value);
    return result.ok ? { ...result, warnings: [...json.warnings, ...result.warnings] } : result;
  };
}

const TEXT_IMPORTERS: Partial<Record<ImportFormat, TextImporter>> = {
  'json-resume': fromJson(importJsonResume),
  'cv-text': importCvText,
};

function importBackup(text: string): ImportResult {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  if (!looksLikeBackup(json.value)) return { ok: false, error: 'Not a Vitae backup (no "format": "vitae-backup").' };
  const parsed = parseBackup(json.value);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { kind: 'backup', format: 'backup', backup: parsed.backup, warnings: json.warnings } };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parse an import. Never throws: unexpected failures become `{ok:false}` too. */
export async function parseImport(input: ImportInput): Promise<ImportResult> {
  try {
    return await runImport(input);
  } catch (error) {
    return { ok: false, error: `The import failed and changed nothing: ${errorText(error)}` };
  }
}

async function runImport(input: ImportInput): Promise<ImportResult> {
  const warnings: string[] = [];
  let text = input.text;
  if (text === undefined && input.bytes) {
    if (input.bytes.length === 0) return { ok: false, error: 'The file is empty.' };
    if (isPdf(input.bytes))
      return { ok: false, error: 'This is a PDF: import it as a CV PDF (format "cv-pdf" or "auto").' };
    const decoded = decodeBytes(input.bytes);
    if (!decoded.ok) return decoded;
    text = decoded.text;
    warnings.push(...decoded.warnings);
  }
  if (text === undefined || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (input.format === 'backup') return importBackup(text);
  const importer = TEXT_IMPORTERS[input.format];
  if (!importer)
    return Promise.resolve({ ok: false, error: `Unknown or unsupported import format: ${String(input.format)}` });
  const result = importer(text);
  if (!result.ok) return result;
  return {
    ok: true,
    value: { kind: 'profile', format: input.format, draft: result.draft, warnings: [...warnings, ...result.warnings] },
  };
}
