/**
 * The records a fill keeps for "Remember for this site" (issue #16): one per tab and frame, written once by the
 * fill that owns it, and gone when the tab closes or loads another page, so a day of filling leaves nothing behind.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { fillPage, useFillSession } from './fill-helpers';

/** The fill records storage.session holds, by key. */
async function records(session: ExtensionSession): Promise<string[]> {
  return session.worker.evaluate(async () =>
    Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('vitae.fill.')),
  );
}

/** Count, inside the service worker, the keys each storage.session.set call writes from now on. */
async function countSessionWrites(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as { __vitaeWrites?: string[] };
    const area = chrome.storage.session as unknown as { set(items: object): Promise<void> };
    if (!g.__vitaeWrites) {
      const original = area.set.bind(area);
      area.set = (items: object) => {
        g.__vitaeWrites?.push(...Object.keys(items));
        return original(items);
      };
    }
    g.__vitaeWrites = [];
  });
}

const writes = (session: ExtensionSession) =>
  session.worker.evaluate(() => (globalThis as unknown as { __vitaeWrites?: string[] }).__vitaeWrites ?? []);

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 50 && !ok(value); i += 1) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

describe('fill records', () => {
  const env = useFillSession();

  let opened = 0;
  async function filledTab(): Promise<{ page: Page; tabId: number }> {
    const page = await env.session.context.newPage();
    // A URL of its own: the harness finds a page's tab by its URL.
    await page.goto(`${env.server.url}/fill/learn.html?tab=${(opened += 1)}`);
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(report.filled.length, JSON.stringify(report)).toBeGreaterThan(0);
    return { page, tabId: await env.session.tabIdOf(page) };
  }

  it('a fill writes one record, its own, and a second fill of another tab leaves the first untouched', async () => {
    await countSessionWrites(env.session);
    const first = await filledTab();
    const own = `vitae.fill.${first.tabId}.0`;
    expect(
      await waitFor(
        () => writes(env.session),
        (w) => w.length > 0,
      ),
    ).toEqual([own]);

    await countSessionWrites(env.session);
    const second = await filledTab();
    expect(
      await waitFor(
        () => writes(env.session),
        (w) => w.length > 0,
      ),
    ).toEqual([`vitae.fill.${second.tabId}.0`]);
    expect(await records(env.session)).toEqual(expect.arrayContaining([own, `vitae.fill.${second.tabId}.0`]));
    await first.page.close();
    await second.page.close();
  });

  it('drops a closed tab’s record, and no other', async () => {
    const kept = await filledTab();
    const closed = await filledTab();
    const key = `vitae.fill.${closed.tabId}.0`;
    expect(
      await waitFor(
        () => records(env.session),
        (r) => r.includes(key),
      ),
    ).toContain(key);
    await closed.page.close();
    const after = await waitFor(
      () => records(env.session),
      (r) => !r.includes(key),
    );
    expect(after).not.toContain(key);
    expect(after).toContain(`vitae.fill.${kept.tabId}.0`);
    await kept.page.close();
  });

  it('drops the record when the tab loads another page', async () => {
    const { page, tabId } = await filledTab();
    const key = `vitae.fill.${tabId}.0`;
    expect(
      await waitFor(
        () => records(env.session),
        (r) => r.includes(key),
      ),
    ).toContain(key);
    await page.goto(`${env.server.url}/fill/hotcrp-profile.html`);
    expect(
      await waitFor(
        () => records(env.session),
        (r) => !r.includes(key),
      ),
    ).not.toContain(key);
    await page.close();
  });
});
