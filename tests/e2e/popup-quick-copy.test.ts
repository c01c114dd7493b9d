/**
 * Issue #15 in real Chromium with the built extension: every quick-copy format copied from the popup and read
 * back from the clipboard — bios (the default first, and a draft), the publication list in every style, every
 * conflict list, an id — each equal to what `profile.export` answers, on a fictional profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PUBLICATION_STYLE_LABELS, PUBLICATION_STYLES } from '../../lib/format/publications-select';
import { CONFLICT_STYLE_LABELS, CONFLICT_STYLES } from '../../lib/format/conflict-styles';
import { launchExtension, type ExtensionSession } from './harness';
import { CASTELLANO } from '../fixtures/profile-castellano';

const BIOS = [
  { id: 'bio-conference', name: 'Conference bio', person: 'third' as const, text: 'Ravi Castellano studies meshes.' },
  { id: 'bio-grant', name: 'Grant bio', person: 'first' as const, text: 'I study learned routing in meshes.' },
];

describe('quick copy from the popup, read back from the clipboard', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    const list = await session.send<{ ok: true; profiles: { id: string; active: boolean }[] }>({
      type: 'profile.list',
    });
    const activeId = list.profiles.find((p) => p.active)?.id;
    const saved = await session.send<{ ok: boolean }>({
      type: 'profile.save',
      profile: { ...CASTELLANO, id: activeId, bios: BIOS },
    });
    expect(saved.ok).toBe(true);
    const set = await session.send<{ ok: boolean }>({ type: 'settings.set', settings: { defaultBioId: 'bio-grant' } });
    expect(set.ok).toBe(true);
    popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForSelector('body[data-ready="true"]');
    await popup.bringToFront();
  });

  afterAll(async () => {
    await session?.close();
  });

  const readClipboard = () => popup.evaluate(() => navigator.clipboard.readText());
  const notice = () => popup.locator('.notice').textContent();

  it('lists the default bio first and copies it', async () => {
    await popup.getByRole('tab', { name: 'Bios' }).click();
    const first = popup.locator('.cards .card').first();
    await expect.poll(() => first.locator('strong').textContent()).toBe('Grant bio (default)');
    await first.getByRole('button', { name: 'Copy bio “Grant bio”' }).click();
    await expect.poll(notice).toBe('Copied bio “Grant bio”');
    expect(await readClipboard()).toBe('I study learned routing in meshes.');
  });

  it('copies a drafted bio of each length, within 15 % of it', async () => {
    for (const words of [50, 100, 200]) {
      await popup.locator('fieldset.card select').first().selectOption(String(words));
      const draft = popup.locator('#bio-draft');
      await expect.poll(() => draft.inputValue()).toMatch(/^Ravi Castellano is an Assistant Professor/);
      await popup.getByRole('button', { name: 'Copy bio draft' }).click();
      await expect.poll(notice).toBe('Copied bio draft');
      const copied = await readClipboard();
      expect(copied).toBe(await draft.inputValue());
      const exported = await session.send<{ ok: true; data: string }>({
        type: 'profile.export',
        format: 'bio',
        words,
        person: 'third',
      });
      expect(copied).toBe(exported.data);
      const n = copied.split(/\s+/).length;
      expect(n).toBeGreaterThanOrEqual(words * 0.85);
      expect(n).toBeLessThanOrEqual(words * 1.15);
    }
  });

  it('copies the publication list in every style', async () => {
    await popup.getByRole('tab', { name: 'Publications' }).click();
    // The Bios tab's notice stays there.
    await expect.poll(notice).toBe('');
    for (const style of PUBLICATION_STYLES) {
      const label = PUBLICATION_STYLE_LABELS[style];
      const exported = await session.send<{ ok: true; data: string }>({
        type: 'profile.export',
        format: 'publications',
        style,
        filters: { includeInSubmission: true },
      });
      await popup.getByLabel('Publication format').selectOption(style);
      const output = popup.locator('#publication-output');
      await expect.poll(() => output.inputValue(), { timeout: 15_000 }).toBe(exported.data);
      await popup.getByRole('button', { name: `Copy ${label} list` }).click();
      await expect.poll(notice).toBe(`Copied ${label} list`);
      const copied = await readClipboard();
      expect(copied, style).toBe(exported.data);
      expect(copied, style).toMatch(style === 'bibtex' ? /archivePrefix = \{arXiv\}/ : /arXiv:2503\.01234/);
      expect(copied, style).not.toMatch(/\.\s+\.|\bIn\s*[.,]/);
    }
  });

  it('copies every conflict list', async () => {
    await popup.getByRole('tab', { name: 'Conflicts' }).click();
    for (const style of CONFLICT_STYLES) {
      const label = CONFLICT_STYLE_LABELS[style];
      await popup.getByLabel('Conflict format').selectOption(style);
      const output = popup.locator('#conflict-output');
      const exported = await session.send<{ ok: true; data: string }>({
        type: 'profile.export',
        format: 'conflicts',
        style,
      });
      await expect.poll(() => output.inputValue()).toBe(exported.data);
      await popup.getByRole('button', { name: `Copy ${label} list` }).click();
      await expect.poll(notice).toBe(`Copied ${label} conflicts`);
      expect(await readClipboard(), style).toBe(exported.data);
    }
    await popup.getByLabel('Conflict format').selectOption('cmt-domains');
    await expect.poll(() => popup.locator('#conflict-output').inputValue()).toBe('inf.eastvale.ac.uk; eastvale.ac.uk');
    // What the CMT list cannot know is said beside it, not pasted with it.
    await expect.poll(() => popup.locator('.notes').textContent()).toMatch(/No web domain known for co-authors/);
  });

  it('copies an id from the Ids tab', async () => {
    await popup.getByRole('tab', { name: 'Ids' }).click();
    await popup.locator('tr', { hasText: 'Homepage' }).getByRole('button', { name: 'URL' }).click();
    await expect.poll(notice).toBe('Copied Homepage URL');
    expect(await readClipboard()).toBe('https://www.inf.eastvale.ac.uk/~rcastellano');
  });
});
