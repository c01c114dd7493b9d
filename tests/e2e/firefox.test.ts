/**
 * The Firefox build in Firefox ESR: the same automation messages as in Chromium, sent from an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup, type Backup } from '../../lib/backup/backup';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import { tryCodeFromStrings } from './code-safety';
import { launchFirefoxExtension, raiseProbeErrors, type FirefoxSession } from './firefox-harness';

type Ok<T> = { ok: true } & T;
type Answer<T> = Ok<T> | { ok: false; error: string };

describe('the built extension in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs the Firefox build: MV2 manifest, background answering messages, one empty profile on install', async () => {
    const manifest = await session.control.evaluate(async () => (await fetch('/manifest.json')).json());
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe('vitae@vitae.invalid');
    const res = await session.send<Answer<{ profiles: { active: boolean; name: string }[] }>>({
      type: 'profile.list',
    });
    expect(res).toMatchObject({ ok: true, profiles: [{ active: true, name: '' }] });
    const unknown = await session.send<Answer<object>>({ type: 'profile.frobnicate' });
    expect(unknown).toEqual({ ok: false, error: 'Unknown message type: profile.frobnicate' });
  });

  it('imports a backup of the sample profile and exports it back unchanged', async () => {
    const backup = createBackup({
      activeProfileId: SAMPLE_PROFILE.id,
      profiles: [SAMPLE_PROFILE],
      documents: [],
      siteRules: [],
      settings: {},
    });
    const imported = await session.send<Answer<{ summary: Record<string, { added: number }> }>>({
      type: 'profile.import',
      format: 'backup',
      data: serializeBackup(backup),
    });
    expect(imported).toMatchObject({ ok: true, summary: { profiles: { added: 1 } } });

    const exported = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'backup' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const back = JSON.parse(exported.data) as Backup;
    expect(back.activeProfileId).toBe(SAMPLE_PROFILE.id);
    expect(back.profiles).toHaveLength(1);
    expect(back.profiles[0]).toEqual(SAMPLE_PROFILE);

    const list = await session.send<Answer<{ profiles: { id: string; active: boolean; name: string }[] }>>({
      type: 'profile.list',
    });
    expect(list).toMatchObject({ ok: true, profiles: [{ id: SAMPLE_PROFILE.id, active: true }] });
  });

  it('answers a broken import with an error and keeps the stored profile', async () => {
    const before = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'backup' });
    const res = await session.send<Answer<object>>({ type: 'profile.import', format: 'backup', data: '{not json' });
    expect(res.ok).toBe(false);
    const after = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'backup' });
    const strip = (a: Answer<{ data: string }>) => (a.ok ? { ...JSON.parse(a.data), exportedAt: '' } : a);
    expect(strip(after)).toEqual(strip(before));
  });

  it('opens the popup, showing the imported profile, and the options page', async () => {
    const popup = await session.openExtensionPage('popup.html', '#app button');
    const popupText = await popup.evaluate(() => document.body.textContent ?? '');
    expect(popupText).toContain(SAMPLE_PROFILE.name.full);
    await popup.close();

    const options = await session.openExtensionPage('options.html', '#app > *');
    const optionsText = await options.evaluate(() => document.body.textContent ?? '');
    expect(optionsText).toContain('Vitae');
    await options.close();
  });

  it('sees errors raised in extension pages, so the next check means something', async () => {
    const marker = `vitae-probe-${Date.now()}`;
    const page = await session.openExtensionPage('popup.html', '#app button');
    await raiseProbeErrors(page, marker);
    await expect
      .poll(async () => (await session.consoleErrors()).filter((e) => e.includes(marker)), { timeout: 10_000 })
      .toHaveLength(2);
    const seen = (await session.consoleErrors()).filter((e) => e.includes(marker));
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${marker} uncaught`),
        expect.stringContaining(`${marker} console`),
      ]),
    );
    await page.close();
  });

  it('raised no other console errors in the background, popup or options', async () => {
    const errors = (await session.consoleErrors()).filter((e) => !e.includes('vitae-probe-'));
    expect(errors).toEqual([]);
  });
  // Last: the refused eval itself makes Firefox log a CSP violation.
  it('refuses eval and new Function in extension pages (the default extension CSP is in force)', async () => {
    const outcome = await session.control.evaluate(tryCodeFromStrings);
    expect(outcome).toEqual({ eval: 'EvalError', 'new Function': 'EvalError' });
  });
});
