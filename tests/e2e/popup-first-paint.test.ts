/**
 * The popup's first paint in real Chromium (issue #16): the shell (popup-shell.js) paints the name from the list
 * the background puts in the toolbar button's popup address, or keeps in storage.local for bare popup.html,
 * before the app's modules load. After a rename, an import, or a switch of
 * the active profile, that first paint already shows the current profile: never the one before. On a site that has
 * a profile of its own (settings.profilePerSite), it names that profile, the one Fill will use there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, serveStatic, type ExtensionSession } from './harness';
import { OKONKWO } from '../fixtures/profile-okonkwo';
import { PROFILE_LIST_KEY } from '../../lib/messaging/cached-profile-list';

interface FirstPaint {
  /** The header as the shell painted it, read in the frame the popup marked interactive. */
  name?: string;
  /** The line saying the name is the site's own profile. */
  siteNote?: string;
  fromShell?: boolean;
  fillButton?: boolean;
  interactive?: boolean;
}

type Listed = { ok: true; profiles: { id: string; name: string; active: boolean }[] };

describe('the popup first paint', () => {
  let session: ExtensionSession;
  let activeId = '';

  /** Record what the popup's first painted frame showed, in `window.firstPaint`. */
  function recordFirstPaint() {
    document.addEventListener('vitae-shell-painted', () => {
      (window as unknown as { firstPaint: FirstPaint }).firstPaint = {
        name: document.querySelector('h1')?.textContent ?? undefined,
        siteNote: document.querySelector('.site-profile')?.textContent ?? undefined,
        fromShell: document.querySelector('main[data-shell]') !== null,
        fillButton: [...document.querySelectorAll('button')].some((b) => b.textContent === 'Fill this page'),
        interactive: performance.getEntriesByName('vitae-interactive').length > 0,
      };
    });
  }

  const firstPaintOf = async (page: Page) => {
    await page.waitForSelector('body[data-ready="true"]');
    return page.evaluate(() => (window as unknown as { firstPaint?: FirstPaint }).firstPaint ?? {});
  };

  /** The address a click on the toolbar button opens, where the background puts the list. */
  const buttonAddress = () =>
    session.worker.evaluate(() =>
      (chrome as unknown as { action: { getPopup(d: object): Promise<string> } }).action.getPopup({}),
    );

  /**
   * Open the popup and read what its first painted frame showed, then wait for the app to take over: at the
   * toolbar button's address, or at bare popup.html (the shell reads storage.local then).
   */
  async function openPopup(at: 'button' | 'bare' = 'button'): Promise<FirstPaint & { appName: string | null }> {
    const page = await session.context.newPage();
    await page.addInitScript(recordFirstPaint);
    await page.goto(at === 'button' ? await buttonAddress() : `chrome-extension://${session.extensionId}/popup.html`);
    const first = await firstPaintOf(page);
    const appName = await page.locator('header h1').textContent();
    await page.close();
    return { ...first, appName };
  }

  /** Both ways in paint `expected` first. */
  async function expectFirstPaint(expected: FirstPaint) {
    for (const at of ['button', 'bare'] as const) {
      const popup = await openPopup(at);
      expect({ at, ...popup }).toMatchObject({ at, fromShell: true, interactive: true, ...expected });
      expect(popup.appName).toBe(expected.name);
    }
  }

  beforeAll(async () => {
    session = await launchExtension();
    const list = await session.send<Listed>({ type: 'profile.list' });
    activeId = list.profiles.find((p) => p.active)?.id ?? '';
    const saved = await session.send<{ ok: boolean }>({ type: 'profile.save', profile: { ...OKONKWO, id: activeId } });
    expect(saved.ok).toBe(true);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('paints the name and Fill from the list, before the app, at the button’s address and from storage', async () => {
    expect(await buttonAddress()).toContain('popup.html#list=');
    await expectFirstPaint({ name: 'Mira Okonkwo', fillButton: true });
  });

  it('loads the app’s modules only after the first paint', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('vitae-shell-painted', () => seen.push('painted'));
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof HTMLScriptElement || node instanceof HTMLLinkElement)
              seen.push((node as HTMLScriptElement).src || (node as HTMLLinkElement).href);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(await buttonAddress());
    await page.waitForSelector('body[data-ready="true"]');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const painted = seen.indexOf('painted');
    const app = seen.findIndex((url) => /chunks\/popup-app-/.test(url));
    expect(painted).toBeGreaterThan(-1);
    expect(app).toBeGreaterThan(painted);
    // Before the paint: the shell and the small modules WXT adds to every page, nothing of the app.
    expect(seen.slice(0, painted).filter((url) => !/popup-shell\.js|_virtual_wxt-/.test(url))).toEqual([]);
    await page.close();
  });

  it('paints the new name at once after a rename in the options page', async () => {
    await session.send({
      type: 'profile.save',
      profile: { ...OKONKWO, id: activeId, name: { ...OKONKWO.name, given: 'Miriam' } },
    });
    await expectFirstPaint({ name: 'Miriam Okonkwo' });
  });

  it('paints the imported name after a profile.import of a JSON Resume sent while no popup is open', async () => {
    const resume = { basics: { name: 'Tomasz Wieczorek-Amadi', email: 'tomasz@example.org' } };
    const imported = await session.send<{ ok: boolean; error?: string }>({
      type: 'profile.import',
      format: 'json-resume',
      data: JSON.stringify(resume),
      fixes: [],
    });
    expect(imported).toMatchObject({ ok: true });
    const listed = await session.send<Listed>({ type: 'profile.list' });
    const current = listed.profiles.find((p) => p.active)?.name;
    expect(current).not.toBe('Miriam Okonkwo');
    await expectFirstPaint({ name: current });
  });

  it('paints the newly active profile after a switch', async () => {
    const created = await session.send<{ ok: true; id: string }>({ type: 'profile.create', label: 'Industry' });
    await session.send({
      type: 'profile.save',
      profile: { ...OKONKWO, id: created.id, label: 'Industry', name: { given: 'Ada', family: 'Lindqvist' } },
    });
    await session.send({ type: 'profile.activate', profileId: created.id });
    await expectFirstPaint({ name: 'Ada Lindqvist' });
    await session.send({ type: 'profile.activate', profileId: activeId });
    expect((await openPopup()).name).not.toBe('Ada Lindqvist');
  });

  it('shows no name until the background answers when there is no list in its address or in storage', async () => {
    // From the service worker: an extension page would ask for profile.list, which puts the list back.
    await session.worker.evaluate(
      (key) => (chrome.storage as unknown as { local: { remove(k: string): Promise<void> } }).local.remove(key),
      PROFILE_LIST_KEY,
    );
    // Bare popup.html, as the button opens it while a change is under way.
    const popup = await openPopup('bare');
    expect(popup).toMatchObject({ name: 'Vitae', fromShell: true, interactive: false });
    expect(popup.appName).not.toBe('Vitae');
  });

  it('names the site’s own profile on that site, and changes the site’s profile from the selector', async () => {
    const server = await serveStatic();
    try {
      const created = await session.send<{ ok: true; id: string }>({ type: 'profile.create', label: 'Grants' });
      await session.send({
        type: 'profile.save',
        profile: {
          ...OKONKWO,
          id: created.id,
          label: 'Grants',
          name: { given: 'Ines', family: 'Okafor' },
          bios: [{ id: 'bio-grants', name: 'Grants', person: 'third', text: 'Ines Okafor studies tidal energy.' }],
          publications: [{ ...OKONKWO.publications[0], id: 'pub-grants', title: 'Tidal Arrays at Scale' }],
        },
      });
      await session.send({ type: 'settings.set', settings: { profilePerSite: { '127.0.0.1': created.id } } });
      // The popup belongs to the tab it was opened on: open it in a tab behind the site's, which stays active.
      const site = await session.context.newPage();
      await site.goto(`${server.url}/sample-forms.html`);
      await site.bringToFront();
      await session.context.addInitScript(recordFirstPaint);
      const [popup] = await Promise.all([
        session.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html')),
        session.worker.evaluate(
          (url) =>
            (chrome.tabs as unknown as { create(p: { url: string; active: boolean }): Promise<unknown> }).create({
              url,
              active: false,
            }),
          `chrome-extension://${session.extensionId}/popup.html`,
        ),
      ]);
      const first = await firstPaintOf(popup);
      expect(first).toMatchObject({
        name: 'Ines Okafor',
        siteNote: 'Fill uses your “Grants” profile on 127.0.0.1.',
        fromShell: true,
        interactive: true,
      });
      await expect(popup.locator('header h1').textContent()).resolves.toBe('Ines Okafor');
      // What the popup copies on this site is the site's profile too, not the active one it does not name.
      await popup.getByRole('tab', { name: 'Bios' }).click();
      await expect.poll(() => popup.locator('.cards .card').first().textContent()).toContain('Ines Okafor studies');
      await popup.getByRole('tab', { name: 'Publications' }).click();
      await expect.poll(() => popup.locator('#publication-output').inputValue()).toContain('Tidal Arrays at Scale');
      await popup.getByLabel('Profile for 127.0.0.1').selectOption(activeId);
      await expect
        .poll(async () => {
          const res = await session.send<{ ok: true; settings: { profilePerSite: Record<string, string> } }>({
            type: 'settings.get',
          });
          return res.settings.profilePerSite['127.0.0.1'];
        })
        .toBe(activeId);
      // The active profile did not change, only this site's: the header now names the active one.
      const listed = await session.send<Listed>({ type: 'profile.list' });
      const active = listed.profiles.find((p) => p.active);
      expect(active?.id).toBe(activeId);
      await expect.poll(() => popup.locator('header h1').textContent()).toBe(active?.name);
      expect(active?.name).not.toBe('Ines Okafor');
      await popup.close();
      await site.close();
    } finally {
      await server.close();
    }
  });
});
