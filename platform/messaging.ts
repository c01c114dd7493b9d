/**
 * Typed send and receive over `browser.runtime` / `browser.tabs` for the protocol in lib/messaging/protocol.ts.
 *
 * Listeners answer through `sendResponse` and `return true` rather than returning a Promise: WXT's fake browser
 * ignores Promise-returning listeners, and Chrome, Firefox and the polyfill all accept this form.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundMessageType,
  BackgroundRequest,
  BackgroundResponse,
  ContentMessageType,
  ContentRequest,
  ContentResponse,
} from '../lib/messaging/protocol';

/** Send a message to the background and await its typed answer. */
export async function sendToBackground<T extends BackgroundMessageType>(
  request: BackgroundRequest<T> & { type: T },
): Promise<BackgroundResponse<T>> {
  const response: unknown = await browser.runtime.sendMessage(request);
  if (response === undefined)
    return { ok: false, error: 'Vitae did not answer (background not ready?)' } as BackgroundResponse<T>;
  return response as BackgroundResponse<T>;
}

/** Send a message to the content script of one frame of a tab. */
export async function sendToFrame<T extends ContentMessageType>(
  tabId: number,
  frameId: number,
  request: ContentRequest<T> & { type: T },
): Promise<ContentResponse<T>> {
  const response: unknown = await browser.tabs.sendMessage(tabId, request, { frameId });
  return response as ContentResponse<T>;
}

export type BackgroundHandlers = {
  [T in BackgroundMessageType]: (
    request: BackgroundRequest<T>,
    sender: { tab?: { id?: number; url?: string }; url?: string; frameId?: number },
  ) => Promise<BackgroundResponse<T>>;
};

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The only messages a content script may send. Content scripts run inside web pages (a compromised renderer can
 * speak for them), so they never get profile data, documents or settings: those answer extension pages only.
 *
 * - `fill.undo` undoes the fill of the sender's own tab (the tab id is replaced below).
 * - `rules.suggest` and `rules.learn` ("Remember for this site", issue #7) are safe to hear from a page because the
 *   background trusts nothing in them but a field id and a value: the field must be one of the last fill in the
 *   sender's tab and frame, origin and signature are computed from the sender's tab and the descriptor stored at
 *   fill time, only the target the background offered can be saved, each field learns once and is asked about a
 *   few times, and the answer names a kind's label, never a profile value (platform/learn.ts).
 * - `fill.step` (issue #18) fills the sender's own tab as the shortcut would, and only a tab whose last fill armed
 *   it on the same site (platform/steps.ts): a page can ask to continue a fill the person started, never start one.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set([
  'fill.undo',
  'rules.suggest',
  'rules.learn',
  'fill.step',
]);

/** A message from a frame of a web page (a content script) rather than from one of Vitae's own pages. */
export function isFromContentScript(sender: { tab?: unknown; url?: string }, extensionBase: string): boolean {
  // Extension pages opened in a tab (options) have a tab too, but their URL is the extension's own.
  return sender.tab !== undefined && !(sender.url ?? '').startsWith(extensionBase);
}

/** Route every background message type to its handler; unknown or failing messages answer {ok:false, error}. */
export function listenInBackground(handlers: BackgroundHandlers): void {
  const extensionBase = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || type.startsWith('content.')) return false;
    let request = message;
    if (isFromContentScript(sender, extensionBase)) {
      if (!CONTENT_SCRIPT_MESSAGES.has(type)) {
        sendResponse({ ok: false, error: `${type} is not available to web pages` });
        return false;
      }
      // A content script acts on its own tab only, whatever tab id it names.
      request = { ...(message as object), tabId: (sender.tab as { id?: number } | undefined)?.id ?? -1 };
    }
    const handler = (handlers as Record<string, ((m: unknown, s: unknown) => Promise<unknown>) | undefined>)[type];
    if (!handler) {
      sendResponse({ ok: false, error: `Unknown message type: ${type}` });
      return false;
    }
    handler(request, sender).then(sendResponse, (error: unknown) => {
      sendResponse({ ok: false, error: errorMessage(error) });
    });
    return true;
  });
}
