/**
 * The popup in real Chromium: copy the IEEE list and the HotCRP list and read them back from the clipboard; and the
 * "Insert from Vitae" path into a textarea of a served page.
 *
 * A native context menu cannot be clicked in headless Chromium, so the insertion test sends `snippet.insert`, which
 * runs the same function the menu's click handler calls (platform/context-menu-insert.ts: insertSnippet).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { OKONKWO } from '../fixtures/profile-okonkwo';

describe('the popup and its quick-copy texts', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    server = await serveStatic();
    const list = await session.send<{ ok: true; profiles: { id: string; active: boolean }[] }>({
      type: 'profile.list',
    });
    const activeId = list.profiles.find((p) => p.active)?.id;
    const saved = await session.send<{ ok: boolean }>({ type: 'profile.save', profile: { ...OKONKWO, id: activeId } });
    expect(saved.ok).toBe(true);
    popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    // The browser first: the server's close waits for its keep-alive connections.
    await session?.close();
    await server?.close();
  });

  const readClipboard = () => popup.evaluate(() => navigator.clipboard.readText());

  it('shows the active profile', async () => {
    await expect(popup.locator('header h1').textContent()).resolves.toBe('Mira Okonkwo');
    await expect(popup.locator('header p').textContent()).resolves.toContain('University of Westmarch');
  });

  it('copies the IEEE publication list', async () => {
    await popup.bringToFront();
    await popup.getByRole('tab', { name: 'Publications' }).click();
    await popup.getByLabel('Publication format').selectOption('ieee');
    const output = popup.locator('#publication-output');
    await expect.poll(() => output.inputValue(), { timeout: 15_000 }).toMatch(/^\[1\] /);
    await popup.getByRole('button', { name: 'Copy IEEE list' }).click();
    await expect.poll(() => popup.locator('.notice').textContent()).toBe('Copied IEEE list');
    const copied = await readClipboard();
    const exported = await session.send<{ ok: true; data: string }>({
      type: 'profile.export',
      format: 'publications',
      style: 'ieee',
      filters: { includeInSubmission: true },
    });
    expect(copied).toBe(exported.data);
    expect(copied.split('\n')[0]).toBe(
      '[1] M. Okonkwo, T. Lindqvist, and P. Raman, “Sparse priors for tidal flow reconstruction,” Journal of Imaginary Hydrology, vol. 12, no. 3, pp. 45–67, Mar. 2025, doi: 10.5555/jih.2025.0012.',
    );
    expect(copied.split('\n')).toHaveLength(8);
  });

  it('copies the HotCRP conflict list', async () => {
    await popup.getByRole('tab', { name: 'Conflicts' }).click();
    await popup.getByLabel('Conflict format').selectOption('hotcrp');
    await expect.poll(() => popup.locator('#conflict-output').inputValue()).toContain('Henrik Aalto');
    await popup.getByRole('button', { name: 'Copy HotCRP list' }).click();
    await expect.poll(() => popup.locator('.notice').textContent()).toBe('Copied HotCRP conflicts');
    const copied = await readClipboard();
    const exported = await session.send<{ ok: true; data: string }>({
      type: 'profile.export',
      format: 'conflicts',
      style: 'hotcrp',
    });
    expect(copied).toBe(exported.data);
    // Advisors and advisees are conflicts for life, whatever today's date.
    expect(copied.split('\n')).toEqual(
      expect.arrayContaining(['Henrik Aalto (Lakeside University)', 'Samuel Oduya (University of Westmarch)']),
    );
    expect(copied).not.toContain('Okonkwo');
  });

  it('copies a search hit with Enter', async () => {
    const search = popup.getByLabel('Search your profile');
    await search.fill('orcid');
    await search.press('Enter');
    await expect.poll(() => popup.locator('.notice').textContent()).toBe('Copied ORCID URL');
    expect(await readClipboard()).toBe('https://orcid.org/0000-0002-1825-0097');
    await search.press('Escape');
  });

  it('inserts a bio into the focused textarea through the context-menu path', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/insert-bio.html`);
    await page.locator('#bio').click();
    await page.keyboard.type('Bio: ');
    const tabId = await session.tabIdOf(page);
    const res = await session.send({ type: 'snippet.insert', tabId, snippetId: 'bio:bio-short' });
    expect(res).toEqual({ ok: true, inserted: true });
    const bio = OKONKWO.bios[0]!.text;
    await expect(page.locator('#bio').inputValue()).resolves.toBe(`Bio: ${bio}`);
    // The page's own state, kept from input events like a framework's, saw the insertion.
    await expect(
      page.evaluate(() => (window as unknown as { pageState: { bio: string } }).pageState.bio),
    ).resolves.toBe(`Bio: ${bio}`);
    await expect(page.locator('#events').textContent()).resolves.toMatch(/input,change$/);
    // Nothing else of the profile reached the page.
    await expect(page.locator('#name').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('reports, rather than inserts, when no field has focus', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/insert-bio.html`);
    const tabId = await session.tabIdOf(page);
    const res = await session.send({ type: 'snippet.insert', tabId, snippetId: 'link:orcid:id' });
    expect(res).toEqual({ ok: true, inserted: false, reason: 'no editable field has focus' });
    await expect(page.locator('#bio').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('has no serious accessibility violations in any section, light or dark', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      for (const section of ['Fill', 'Bios', 'Publications', 'Conflicts', 'Ids']) {
        await popup.getByRole('tab', { name: section }).click();
        await popup.waitForTimeout(200);
        // Evaluated over the debugging protocol, so the extension page's CSP does not block it.
        await popup.evaluate(axeSource);
        const found = await popup.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> };
            }
          ).axe.run();
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.nodes.length})`);
        });
        violations.push(...found.map((v) => `${scheme}/${section}: ${v}`));
      }
    }
    expect(violations).toEqual([]);
  });

  it('logs no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
