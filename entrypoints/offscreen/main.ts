/**
 * The offscreen document that parses imports in Chrome (issue #16), so that the MV3 service worker, which Chrome
 * stops after ~30 s idle and starts again on the next click (Fill included), does not evaluate pdf.js, mammoth and
 * the other parsers on every start. This module is small: it listens, then loads lib/import's core; each format's
 * parser loads on the first import of that format (a BibTeX import never evaluates pdf.js).
 * It answers only the background's `offscreen.parse-import`, `offscreen.preload` and `offscreen.ping`
 * (platform/import-parser.ts) and
 * stays silent on every other message, which extension pages send to the background and Chrome also delivers here.
 */
import { browser } from 'wxt/browser';
import {
  PARSE_IMPORT,
  PING,
  PRELOAD,
  type ParseImportMessage,
  type PreloadMessage,
} from '../../platform/import-parser';

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

/** lib/import without the format parsers: loaded once the document is up, before the first request. */
const core = import('../../lib/import');

async function parse({ format, text, base64, fileName }: ParseImportMessage): Promise<unknown> {
  // Only the fields of an import: the message's `type` is not one.
  return (await core).parseEncodedImport({
    format,
    ...(text !== undefined ? { text } : {}),
    ...(base64 !== undefined ? { base64 } : {}),
    ...(fileName !== undefined ? { fileName } : {}),
  });
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
  // Only the background (this extension, not a tab) may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const type = typeOf(message);
  if (type === PING) {
    // Ready once lib/import's core is loaded, so that an import right after the Import panel readied the parser
    // does not wait for it.
    core.then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: true }),
    );
    return true;
  }
  if (type === PRELOAD) {
    core
      .then(({ preloadParserFor }) => preloadParserFor((message as PreloadMessage).fileName))
      .then(
        () => sendResponse({ ok: true }),
        () => sendResponse({ ok: false }),
      );
    return true;
  }
  if (type !== PARSE_IMPORT) return undefined;
  parse(message as ParseImportMessage).then(sendResponse, (error: unknown) => {
    sendResponse({
      ok: false,
      error: `The import failed and changed nothing: ${error instanceof Error ? error.message : String(error)}`,
    });
  });
  return true;
});
