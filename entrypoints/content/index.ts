import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentRequest } from '../../lib/messaging/protocol';
import { FrameAgent } from './agent';

/**
 * Injected on demand by fill.tab (scripting.executeScript into the frames it may fill), whose injection answers
 * with the frame's first collect (see the end of main); never declared in the
 * manifest. Runs only in the isolated world and defines one global there (`vitaeAgent`, for the frame probe). Re-injection is
 * idempotent: the background pings a frame whose probe found an agent and injects only where none answers, and should two copies ever run, WXT invalidates the older one,
 * which removes its listener and overlay.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Injected by fill.tab into the frames it names; entrypoints/content/context.ts (in place of WXT's context) never
  // posts its "script started" message to the page's window.
  registration: 'runtime',
  main(ctx) {
    // Tells fill.tab's frame probe (platform/fill.ts probeFrame) that an agent is here, so a fresh page is injected
    // without a ping first. The isolated world's global: the page cannot see it.
    const marker = globalThis as { vitaeAgent?: boolean };
    marker.vitaeAgent = true;
    const agent = new FrameAgent(
      () => {
        void browser.runtime.sendMessage({ type: 'fill.undo', tabId: -1 }).catch(() => undefined);
      },
      (message) => browser.runtime.sendMessage(message),
    );
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !type.startsWith('content.')) return false;
      agent.handle(message as ContentRequest).then(sendResponse, (error: unknown) => {
        sendResponse({ error: error instanceof Error ? error.message : String(error) });
      });
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      marker.vitaeAgent = false;
      browser.runtime.onMessage.removeListener(listener);
      agent.destroy();
    });
    // Only fill.tab injects this script, and it injects to fill: the frame's first collect is the injection's own
    // result (scripting.executeScript awaits it), which saves the fill a round trip (issue #16). As JSON: an
    // injection's result crosses as a tree of values, four times the bytes and slower both ends than one string.
    // A collect that threw answers nothing here: the fill then sends content.collect, which reports the error for
    // this frame alone (a rejected injection would fail the injection of every frame).
    return agent.handle({ type: 'content.collect', firstScreen: true }).then(
      (answer) => JSON.stringify(answer),
      () => undefined,
    );
  },
});
