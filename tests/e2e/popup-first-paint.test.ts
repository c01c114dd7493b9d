/**
 * The popup's first paint in real Chromium (issue #16): the shell (popup-shell.js) paints the name from the list
 * the background keeps in storage.local, before the app's modules load. After a rename, an import, or a switch of
 * the active profile, that first paint already shows the current profile: never the one before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { OKONKWO } from '../fixtures/profile-okonkwo';
import { PROFILE_LIST_KEY } from '../../lib/messaging/cached-profile-list';

interface FirstPaint {
  /** The header as the shell painted it, read in the frame the popup marked interactive. */
  name?: string;
  fromShell?: boolean;
  fillButton?: boolean;
  interactive?: boolean;
}

type Listed = { ok: true; profiles: { id: string; name: string; active: boolean }[] };

describe('the popup first paint', () => {
  let session: ExtensionSession;
  let activeId = '';

  /** Open the popup and read what its first painted frame showed, then wait for the app to take over. */
  async function openPopup(): Promise<FirstPaint & { appName: string | null }> {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('vitae-shell-painted', () => {
        (window as unknown as { firstPaint: FirstPaint }).firstPaint = {
          name: document.querySelector('h1')?.textContent ?? undefined,
          fromShell: document.querySelector('main[data-shell]') !== null,
          fillButton: [...document.querySelectorAll('button')].some((b) => b.textContent === 'Fill this page'),
          interactive: performance.getEntriesByName('vitae-interactive').length > 0,
        };
      });
    });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const first = await page.evaluate(() => (window as unknown as { firstPaint?: FirstPaint }).firstPaint ?? {});
    const appName = await page.locator('header h1').textContent();
    await page.close();
    return { ...first, appName };
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

  it('paints the name and Fill from the stored list, before the app', async () => {
    const popup = await openPopup();
    expect(popup).toMatchObject({ name: 'Mira Okonkwo', fromShell: true, fillButton: true, interactive: true });
    expect(popup.appName).toBe('Mira Okonkwo');
  });

  it('paints the new name at once after a rename in the options page', async () => {
    await session.send({
      type: 'profile.save',
      profile: { ...OKONKWO, id: activeId, name: { ...OKONKWO.name, given: 'Miriam' } },
    });
    const popup = await openPopup();
    expect(popup).toMatchObject({ name: 'Miriam Okonkwo', fromShell: true, interactive: true });
    expect(popup.appName).toBe('Miriam Okonkwo');
  });

  it('paints the imported name after an import of a JSON Resume', async () => {
    const resume = { basics: { name: 'Tomasz Wieczorek-Amadi', email: 'tomasz@example.org' } };
    const res = await session.send<{ ok: boolean; error?: string }>({
      type: 'profile.import',
      format: 'json-resume',
      data: JSON.stringify(resume),
      fixes: [],
    });
    expect(res).toMatchObject({ ok: true });
    const listed = await session.send<Listed>({ type: 'profile.list' });
    const current = listed.profiles.find((p) => p.active)?.name;
    expect(current).not.toBe('Miriam Okonkwo');
    const popup = await openPopup();
    expect(popup).toMatchObject({ name: current, fromShell: true, interactive: true });
  });

  it('paints the newly active profile after a switch', async () => {
    const created = await session.send<{ ok: true; id: string }>({ type: 'profile.create', label: 'Industry' });
    await session.send({
      type: 'profile.save',
      profile: { ...OKONKWO, id: created.id, label: 'Industry', name: { given: 'Ada', family: 'Lindqvist' } },
    });
    await session.send({ type: 'profile.activate', profileId: created.id });
    const popup = await openPopup();
    expect(popup).toMatchObject({ name: 'Ada Lindqvist', fromShell: true, interactive: true });
    await session.send({ type: 'profile.activate', profileId: activeId });
    expect((await openPopup()).name).not.toBe('Ada Lindqvist');
  });

  it('shows no name until the background answers when there is no stored list', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.evaluate(
      (key) => (chrome.storage as unknown as { local: { remove(k: string): Promise<void> } }).local.remove(key),
      PROFILE_LIST_KEY,
    );
    await page.close();
    const popup = await openPopup();
    expect(popup).toMatchObject({ name: 'Vitae', fromShell: true, interactive: false });
    expect(popup.appName).not.toBe('Vitae');
  });
});
