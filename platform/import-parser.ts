/**
 * The import parsers (pdf.js, mammoth, the LaTeX, BibTeX and Markdown parsers: most of the background's code) kept
 * out of the MV3 service worker's start-up (issue #16). Chrome stops the worker after ~30 s idle and evaluates all of
 * its modules again on the next click, Fill included, and a service worker may not `import()`; so in Chrome the
 * parsers live in an offscreen document (entrypoints/offscreen/), created on the first import and asked by message.
 * Where there is no offscreen API (Firefox's background page, which is persistent; the unit tests), they are
 * imported on first use instead. Either way the caller gets exactly what lib/import's parseImport returns.
 */
import { browser } from 'wxt/browser';
import type { ImportResult } from '../lib/import';
import type { ImportFormat } from '../lib/import/formats';

/** What the background asks the offscreen document to parse. Bytes travel as base64: Chrome's messages are JSON. */
export interface ParseImportMessage {
  type: 'offscreen.parse-import';
  format: ImportFormat;
  text?: string;
  base64?: string;
  fileName?: string;
}

export const PARSE_IMPORT = 'offscreen.parse-import';
const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

/**
 * The offscreen API, only in a service worker (Chrome's MV3 background), the one place `import()` is refused. A
 * background page (Firefox) and the unit tests import the parsers instead, whatever `chrome` they have.
 */
function offscreenApi(): OffscreenApi | undefined {
  const scope = globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown };
  if (!scope.ServiceWorkerGlobalScope || !(globalThis instanceof scope.ServiceWorkerGlobalScope)) return undefined;
  const api = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!api) throw new Error('this browser has no offscreen documents, where Vitae parses imports');
  return api;
}

let creating: Promise<void> | undefined;

/** Open the offscreen document unless it is open; one creation at a time (a second one throws in Chrome). */
async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (api.hasDocument && (await api.hasDocument())) return;
  creating ??= api
    .createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['DOM_PARSER'],
      justification: 'Parse imported CV files (PDF, Word, LaTeX, BibTeX, XML) outside the service worker.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** Parse an import where the parsers are (see above). Never throws: a failure is `{ok:false}`, nothing saved. */
export async function parseImportLazily(input: Omit<ParseImportMessage, 'type'>): Promise<ImportResult> {
  try {
    const api = offscreenApi();
    if (!api) {
      const [{ parseImport }, { base64ToBytes }] = await Promise.all([
        import('../lib/import'),
        import('../lib/encoding/base64'),
      ]);
      const { base64, ...rest } = input;
      return await parseImport({ ...rest, ...(base64 !== undefined ? { bytes: base64ToBytes(base64) } : {}) });
    }
    await ensureOffscreen(api);
    const message: ParseImportMessage = { type: PARSE_IMPORT, ...input };
    const answer = await browser.runtime.sendMessage<ParseImportMessage, ImportResult | undefined>(message);
    return answer ?? { ok: false, error: 'The import failed and changed nothing: the import parser did not answer.' };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The import failed and changed nothing: ${text}` };
  }
}
