/**
 * The offscreen document that holds the import parsers in Chrome (issue #16), so that the service worker, which
 * Chrome restarts on a click after ~30 s idle, does not evaluate them on every start. It answers only the
 * background's `offscreen.parse-import` (platform/import-parser.ts) and stays silent on every other message, which
 * extension pages send to the background and Chrome also delivers here.
 */
import { browser } from 'wxt/browser';
import { parseImport } from '../../lib/import';
import { base64ToBytes } from '../../lib/encoding/base64';
import { PARSE_IMPORT, type ParseImportMessage } from '../../platform/import-parser';

function isParseRequest(message: unknown): message is ParseImportMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PARSE_IMPORT;
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
  // Only the background (no tab, this extension) may ask.
  if (!isParseRequest(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
  const { base64, format, text, fileName } = message;
  void (async () => {
    try {
      const bytes = base64 !== undefined ? base64ToBytes(base64) : undefined;
      sendResponse(
        await parseImport({
          format,
          ...(text !== undefined ? { text } : {}),
          ...(bytes ? { bytes } : {}),
          ...(fileName ? { fileName } : {}),
        }),
      );
    } catch (error) {
      sendResponse({ ok: false, error: `The import failed and changed nothing: ${String(error)}` });
    }
  })();
  return true;
});
