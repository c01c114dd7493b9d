/**
 * Where imports are parsed (issue #16). The parsers (pdf.js, mammoth, unified-latex, marked, the BibTeX parser) are
 * most of the extension's code. Chrome stops the MV3 service worker after ~30 s idle and evaluates every module of
 * its start-up graph again on the next click, Fill included, and a service worker may not `import()`; so in Chrome
 * the parsers live in an offscreen document (entrypoints/offscreen/), asked by message, which loads each format's
 * parser on first use. Where there is no service worker (Firefox's background page, the unit tests) lib/import is
 * imported on first use instead. Either way the caller gets exactly what lib/import's parseImport returns.
 *
 * The document outlives the worker: a document opened in one life of the worker must answer the next one, even one
 * still loading when that life ended. Before asking, the worker checks with `offscreen.ping` that a document is
 * listening; one that exists but does not answer yet is waited for, one that never answers is replaced, and none is
 * opened. When a request still finds no listener, the document is made sure of again and asked once more.
 */
import { browser } from 'wxt/browser';
import type { EncodedImportInput, ImportResult } from '../lib/import';

/** What the background asks the offscreen document to parse. Bytes travel as base64: Chrome's messages are JSON. */
export interface ParseImportMessage extends EncodedImportInput {
  type: typeof PARSE_IMPORT;
}

export const PARSE_IMPORT = 'offscreen.parse-import';
export const PING = 'offscreen.ping';
/** Load the parser for a file about to be imported. */
export const PRELOAD = 'offscreen.preload';

export interface PreloadMessage {
  type: typeof PRELOAD;
  fileName: string;
}
const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument(): Promise<boolean>;
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

/** Ask the document; undefined when nothing answered (no document, or one not listening). */
async function ask<T>(message: { type: string } & object): Promise<T | undefined> {
  try {
    return await browser.runtime.sendMessage<{ type: string }, T | undefined>(message);
  } catch (error) {
    // Chrome: "Could not establish connection. Receiving end does not exist."
    if (/receiving end does not exist/i.test(error instanceof Error ? error.message : String(error))) return undefined;
    throw error;
  }
}

let opening: Promise<void> | undefined;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const answers = async () => (await ask<{ ok: boolean }>({ type: PING }))?.ok === true;

/**
 * A document that exists but does not answer yet may still be loading: an earlier life of the worker opened it and
 * was stopped before the document's listener was up (the fault that made the first attempt fail, issue #16). Wait
 * for it a while; false when it never answers.
 */
async function waitForListener(timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  do {
    if (await answers()) return true;
    await sleep(25);
  } while (Date.now() < deadline);
  return false;
}

/**
 * Make sure a document is open and listening, in whatever life of the worker it was opened. One opening at a time in
 * this life (a second createDocument throws). A document that does not answer is closed and opened again.
 */
function ensureDocument(api: OffscreenApi): Promise<void> {
  opening ??= (async () => {
    if (await answers()) return;
    if (await api.hasDocument()) {
      if (await waitForListener()) return;
      await api.closeDocument().catch(() => undefined);
    }
    await api.createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['DOM_PARSER'],
      justification: 'Parse imported CV files (PDF, Word, LaTeX, BibTeX, Markdown) outside the service worker.',
    });
    // createDocument resolves once the page loaded; its ping answers once lib/import's core is loaded too.
    await waitForListener();
  })().finally(() => {
    opening = undefined;
  });
  return opening;
}

/**
 * Have the parser ready before a person's import needs it (the options page's Import panel asks): in Chrome, open the
 * offscreen document; with `fileName` (a file was picked), also load the parser for it. Never throws; the import
 * itself opens the document and loads the parser if this failed.
 */
export async function readyImportParser(fileName?: string): Promise<void> {
  try {
    const api = offscreenApi();
    if (!api) {
      if (fileName) await (await import('../lib/import')).preloadParserFor(fileName);
      return;
    }
    await ensureDocument(api);
    if (fileName) {
      const preload: PreloadMessage = { type: PRELOAD, fileName };
      await ask<{ ok: boolean }>(preload);
    }
  } catch {
    // The import opens the document again and says what failed.
  }
}

/** Parse an import where the parsers are (see above). Never throws: a failure is `{ok:false}`, nothing saved. */
export async function parseImportLazily(input: EncodedImportInput): Promise<ImportResult> {
  try {
    const api = offscreenApi();
    if (!api) return await (await import('../lib/import')).parseEncodedImport(input);
    const message: ParseImportMessage = { type: PARSE_IMPORT, ...input };
    await ensureDocument(api);
    let answer = await ask<ImportResult>(message);
    if (answer === undefined) {
      // The document went away between the check and the request: open it again, once.
      await ensureDocument(api);
      answer = await ask<ImportResult>(message);
    }
    return answer ?? { ok: false, error: 'The import failed and changed nothing: the import parser did not answer.' };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The import failed and changed nothing: ${text}` };
  }
}
