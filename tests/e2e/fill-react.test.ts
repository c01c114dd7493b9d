import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { fillPage, loadProfile, undoPage } from './fill-helpers';
import { buildReactFixture } from './react-fixture';

/** What React itself holds, not only what the DOM shows. */
async function reactState(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.textContent('#state')) ?? '{}') as Record<string, unknown>;
}

/** The entries of a form state that hold something: text typed, an option chosen, a box ticked. */
const touched = (state: Record<string, unknown>) =>
  Object.entries(state).filter(([, v]) => v !== '' && v !== null && v !== false);

describe('a React 19 application form with controlled inputs and comboboxes', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let dir: string;
  let page: Page;
  /** React's state as the page loaded, before Vitae filled anything. */
  let initial: Record<string, unknown>;

  beforeAll(async () => {
    dir = await buildReactFixture();
    server = await serveStatic(dir);
    session = await launchExtension();
    await loadProfile(session);
    page = await session.context.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('#state');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fills every field so that React keeps the values, and never submits', async () => {
    initial = await reactState(page);
    expect(touched(initial)).toEqual([]);
    const report = await fillPage(session, page);
    expect(report.ok).toBe(true);
    expect(await reactState(page)).toEqual({
      first_name: 'Aurelia',
      last_name: 'Quintero-Vance',
      email: 'aurelia.qv@cs.northbridge.example.edu',
      phone: '+1 555 013 2288',
      degree: 'phd',
      interests: 'program synthesis, machine learning',
      country: 'Canada',
      institution: 'Northbridge University',
      consent: false,
    });
    // React re-renders from its state: the DOM shows the same values.
    expect(await page.inputValue('#first_name')).toBe('Aurelia');
    expect(await page.textContent('.select__single-value')).toBe('Canada');
    expect(await page.textContent('.picker__singleValue')).toBe('Northbridge University');
    expect(Object.fromEntries(report.filled.map((f) => [f.selector, f.value]))).toMatchObject({
      '#country': 'Canada',
      '#institution': 'Northbridge University',
      '#degree': 'Ph.D.',
    });
    expect(await page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted)).toBeUndefined();
  });

  it('undo restores React’s state through the same events, comboboxes included', async () => {
    const res = await undoPage(session, page);
    expect(res.restored).toBe(8);
    expect(await reactState(page)).toEqual(initial);
    expect(session.consoleErrors).toEqual([]);
  });
});
