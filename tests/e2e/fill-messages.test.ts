/**
 * What a fill says to a page (issue #16): a fresh frame with values to write gets the content script, whose
 * injection answers with the frame's description (no `content.collect` message), and one apply, and the
 * apply carries the watching, the toast and the next-step watcher (issue #18), so that fill.tab answers without a
 * round trip after it that waits for the page to lay out what was written. A frame with nothing to write is armed
 * by `content.steps` alone. Either way the page then offers its next step when it swaps one in.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { fillPage, useFillSession, waitForOverlay } from './fill-helpers';

interface Sent {
  type: string;
  /** For an injection: the type of each frame's result. */
  answered?: string[];
  frameId?: number;
  armSteps?: { keepFilling: boolean; shortcut?: string };
}

/**
 * Record, inside the service worker, every message it sends to a frame from now on, and every script it injects
 * (as `inject` for the content script, `probe` for a function; the real calls still run).
 */
async function recordMessages(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as { __vitaeSent?: Sent[] };
    const tabs = chrome.tabs as unknown as {
      sendMessage(tabId: number, message: Sent, options?: { frameId?: number }): Promise<unknown>;
    };
    const scripting = chrome.scripting as unknown as {
      executeScript(injection: { files?: string[] }): Promise<{ result?: unknown }[]>;
    };
    if (!g.__vitaeSent) {
      const inject = scripting.executeScript.bind(scripting);
      scripting.executeScript = async (injection) => {
        const results = await inject(injection);
        g.__vitaeSent?.push({
          type: injection.files ? 'inject' : 'probe',
          ...(injection.files ? { answered: results.map((r) => typeof r.result) } : {}),
        });
        return results;
      };
      const original = tabs.sendMessage.bind(tabs);
      tabs.sendMessage = (tabId, message, options) => {
        g.__vitaeSent?.push({
          type: message.type,
          frameId: options?.frameId,
          ...(message.armSteps ? { armSteps: message.armSteps } : {}),
        });
        return original(tabId, message, options);
      };
    }
    g.__vitaeSent = [];
  });
}

const sent = (session: ExtensionSession) =>
  session.worker.evaluate(() => (globalThis as unknown as { __vitaeSent?: Sent[] }).__vitaeSent ?? []);

/** The page swaps in its next step in place, as a single-page application does on "Save and Continue". */
async function nextStep(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('form, input, select, textarea')) el.remove();
    const form = document.createElement('form');
    for (const name of ['Referee name', 'Referee email']) {
      const label = document.createElement('label');
      label.append(name, document.createElement('input'));
      form.append(label);
    }
    document.body.append(form);
  });
}

describe('the messages of a fill', () => {
  const env = useFillSession();

  it('a fresh frame with values to write: the injection describes it, then one apply that arms the next-step watcher, nothing after', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/learn.html?messages=1`);
    await recordMessages(env.session);
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(report.filled.length).toBeGreaterThan(0);
    const messages = await sent(env.session);
    expect(messages.map((m) => m.type)).toEqual(['probe', 'inject', 'content.apply']);
    // The injection's result is the frame's description, as JSON.
    expect(messages[1]?.answered).toEqual(['string']);
    expect(messages[2]?.armSteps).toEqual({ keepFilling: false, shortcut: expect.any(String) as string });

    await nextStep(page);
    await waitForOverlay(page, /a new step of this form/, '.toast button');
    await page.close();
  });

  it('a frame whose agent is already there: pinged and asked to collect, never injected again', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/learn.html?messages=again`);
    expect((await fillPage(env.session, page)).ok).toBe(true);
    await recordMessages(env.session);
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    const types = (await sent(env.session)).map((m) => m.type);
    expect(types.slice(0, 3)).toEqual(['probe', 'content.ping', 'content.collect']);
    expect(types).not.toContain('inject');
    await page.close();
  });

  it('a frame with nothing to write: armed by content.steps after its collect', async () => {
    const page = await env.session.context.newPage();
    const url = `${env.server.url}/messages-nothing.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Survey</title><form><label>Favourite colour <input name="hue"></label></form>',
      }),
    );
    await page.goto(url);
    await recordMessages(env.session);
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(report.filled).toEqual([]);
    const messages = await sent(env.session);
    const types = messages.map((m) => m.type);
    expect(types).not.toContain('content.apply');
    expect(types.filter((t) => t === 'content.steps')).toHaveLength(1);
    expect(types.at(-1)).toBe('content.steps');

    await nextStep(page);
    await waitForOverlay(page, /a new step of this form/, '.toast button');
    await page.close();
  });
});
