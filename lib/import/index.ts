/**
 * Entry point of every import: decode the bytes, detect the format, run the importer.
 * Importers never throw to the caller: a refusal is `{ok:false, error}` with a message a person can act on.
 */
import { looksLikeBackup, parseBackup } from '../backup/backup';
import type { ImportInput, ImportOutcome } from './types';

export type ImportResult = { ok: true; value: ImportOutcome } | { ok: false; error: string };

function decodeText(input: ImportInput): string | undefined {
  if (input.text !== undefined) return input.text;
  if (!input.bytes) return undefined;
  return new TextDecoder('utf-8').decode(input.bytes);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function parseImport(input: ImportInput): Promise<ImportResult> {
  const text = decodeText(input);
  if (text === undefined || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  switch (input.format) {
    case 'backup': {
      const json = parseJson(text);
      if (!json.ok) return json;
      if (!looksLikeBackup(json.value))
        return { ok: false, error: 'Not a Vitae backup (no "format": "vitae-backup").' };
      const parsed = parseBackup(json.value);
      if (!parsed.ok) return parsed;
      return { ok: true, value: { kind: 'backup', format: 'backup', backup: parsed.backup, warnings: [] } };
    }
    default:
      return Promise.resolve({ ok: false, error: `Unknown or unsupported import format: ${String(input.format)}` });
  }
}
