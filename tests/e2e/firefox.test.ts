/**
 * The Firefox build in Firefox ESR: the same automation messages as in Chromium, sent from an extension page, and
 * three of the Chromium fill fixtures (React 19, a table-layout portal, iframes) with the same field-by-field
 * expectations (tests/e2e/fill-expected.ts), plus open and closed shadow roots.
 */
import { rmSync } from 'node:fs';
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup, type Backup } from '../../lib/backup/backup';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import { tryCodeFromStrings } from './code-safety';
import { controlValuesByName, loadProfile, PROFILE, type FillReport } from './fill-helpers';
import { launchFirefoxExtension, raiseProbeErrors, type FirefoxSession } from './firefox-harness';
import { launchExtension, sampleBackup, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { buildReactFixture } from './react-fixture';

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
    const backup = sampleBackup();
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
    // The name comes with the background's answer to profile.list, which may land after the first paint.
    await popup
      .waitForFunction(
        (name: string) => document.body.textContent?.includes(name),
        { timeout: 10_000 },
        SAMPLE_PROFILE.name.full ?? '',
      )
      .catch(() => undefined);
    const popupText = await popup.evaluate(() => document.body.textContent ?? '');
    expect(popupText).toContain(SAMPLE_PROFILE.name.full);
    await popup.close();

    const options = await session.openExtensionPage('options.html', '#app > *');
    const optionsText = await options.evaluate(() => document.body.textContent ?? '');
    expect(optionsText).toContain('Vitae');
    await options.close();
  });

  describe('filling pages (fill.tab) in Firefox, field by field as in Chromium', () => {
    let site: StaticServer;
    let other: StaticServer;
    let react: StaticServer;
    let reactDir: string;
    let chrome: ExtensionSession;

    beforeAll(async () => {
      site = await serveStatic();
      other = await serveStatic();
      reactDir = await buildReactFixture();
      react = await serveStatic(reactDir);
      await loadProfile(session);
      chrome = await launchExtension();
      await loadProfile(chrome);
    });
    afterAll(async () => {
      await chrome?.close();
      await Promise.all([site?.close(), other?.close(), react?.close()]);
      if (reactDir) rmSync(reactDir, { recursive: true, force: true });
    });

    /** The same page in Firefox and in Chromium: values before, the fill report, values after, undo, values again. */
    async function inBoth(
      url: string,
      read: () => unknown,
      ready?: string,
    ): Promise<
      Record<
        'firefox' | 'chromium',
        { before: unknown; report: FillReport; after: unknown; restored: number; undone: unknown }
      >
    > {
      const ff = await session.openPage(url);
      if (ready) await ff.waitForSelector(ready);
      const ffBefore = await ff.evaluate(read);
      const ffTab = await session.tabIdOf(ff.url());
      const ffReport = await session.send<FillReport>({ type: 'fill.tab', tabId: ffTab });
      const ffAfter = await ff.evaluate(read);
      const ffUndo = await session.send<{ restored: number }>({ type: 'fill.undo', tabId: ffTab });
      const ffUndone = await ff.evaluate(read);
      await ff.close();

      const cr = await chrome.context.newPage();
      await cr.goto(url, { waitUntil: 'load' });
      if (ready) await cr.waitForSelector(ready);
      const crBefore = await cr.evaluate(read);
      const crTab = await chrome.tabIdOf(cr);
      const crReport = await chrome.send<FillReport>({ type: 'fill.tab', tabId: crTab });
      const crAfter = await cr.evaluate(read);
      const crUndo = await chrome.send<{ restored: number }>({ type: 'fill.undo', tabId: crTab });
      const crUndone = await cr.evaluate(read);
      await cr.close();
      return {
        firefox: { before: ffBefore, report: ffReport, after: ffAfter, restored: ffUndo.restored, undone: ffUndone },
        chromium: { before: crBefore, report: crReport, after: crAfter, restored: crUndo.restored, undone: crUndone },
      };
    }

    /** Filled fields as `frame path + selector → value`, comparable across browsers. */
    const filledMap = (report: FillReport) =>
      Object.fromEntries(
        report.filled.map((f) => [
          `${new URL(f.frameUrl).pathname}${new URL(f.frameUrl).search} ${f.selector}`,
          `${f.field}=${f.value}`,
        ]),
      );

    it('fills a React 19 form so that React keeps the values, and undoes it', async () => {
      const read = () => JSON.parse(document.querySelector('#state')?.textContent ?? '{}') as Record<string, unknown>;
      const { firefox, chromium } = await inBoth(`${react.url}/index.html`, read, '#state');
      expect(firefox.report.ok).toBe(true);
      expect(firefox.after).toEqual(chromium.after);
      expect(filledMap(firefox.report)).toEqual(filledMap(chromium.report));
      // What React holds, not only the DOM: anchors that must hold in both browsers.
      expect(firefox.after).toMatchObject({
        first_name: PROFILE.name.given,
        last_name: PROFILE.name.family,
        email: PROFILE.emails[0]!.address,
        interests: 'program synthesis, machine learning',
        country: 'Canada',
        institution: 'Northbridge University',
        consent: false,
      });
      expect(firefox.restored).toBe(chromium.restored);
      expect(firefox.undone).toEqual(firefox.before);
    });

    it('fills the long table-layout portal field by field and leaves every other field empty', async () => {
      const { firefox, chromium } = await inBoth(`${site.url}/fill/university-portal.html`, controlValuesByName);
      expect(firefox.report.ok).toBe(true);
      expect(Object.values(firefox.before as Record<string, string>).every((v) => v === '')).toBe(true);
      expect(firefox.after).toEqual(chromium.after);
      expect(filledMap(firefox.report)).toEqual(filledMap(chromium.report));
      expect(firefox.report.total).toBe(70);
      expect(firefox.after).toMatchObject({
        txtGivenName: PROFILE.name.given,
        txtSurname: PROFILE.name.family,
        selCountry: 'CA',
        txtEmail: PROFILE.emails[0]!.address,
        txtOrcid: '0000-0002-1825-0097',
      });
      expect(firefox.restored).toBe(firefox.report.filled.length);
      expect(firefox.undone).toEqual(firefox.before);
    });

    it('fills the same-origin iframe and skips the sandboxed one and the other site’s', async () => {
      const url = `${site.url}/fill/frames.html?other=${encodeURIComponent(other.url)}`;
      const ff = await session.openPage(url);
      await ff.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
      const frameOf = (where: string): Frame => {
        const frame = ff.frames().find((f) => f.url().includes(`where=${where}`));
        if (!frame) throw new Error(`no frame ${where}`);
        return frame;
      };
      await Promise.all(['same', 'sandboxed', 'cross'].map((w) => frameOf(w).waitForSelector('[name=email]')));
      const values = (where: string) =>
        frameOf(where).evaluate(() =>
          ['first', 'last', 'email'].map((n) => document.querySelector<HTMLInputElement>(`[name=${n}]`)!.value),
        );
      const tabId = await session.tabIdOf(ff.url());
      const report = await session.send<FillReport>({ type: 'fill.tab', tabId });
      expect(report.ok).toBe(true);
      const filled = [PROFILE.name.given, PROFILE.name.family, PROFILE.emails[0]!.address];
      expect(await ff.$eval('#top-email', (el) => (el as HTMLInputElement).value)).toBe(filled[2]);
      expect(await values('same')).toEqual(filled);
      expect(await values('cross')).toEqual(['', '', '']);
      expect(await values('sandboxed')).toEqual(['', '', '']);
      expect(report.skipped.find((s) => s.frameUrl?.includes('where=cross'))?.reason).toContain(other.url);
      expect(report.skipped.find((s) => s.frameUrl?.includes('where=sandboxed'))?.reason).toMatch(/sandboxed/);
      const undo = await session.send<{ restored: number }>({ type: 'fill.undo', tabId });
      expect(undo.restored).toBe(4);
      expect(await values('same')).toEqual(['', '', '']);
      await ff.close();
    });

    it('fills open, closed and nested shadow roots (element.openOrClosedShadowRoot in Firefox)', async () => {
      const read = () => (window as unknown as { readShadowValues(): unknown }).readShadowValues();
      const { firefox, chromium } = await inBoth(`${site.url}/fill/shadow.html`, read);
      expect(firefox.report.ok).toBe(true);
      expect(firefox.after).toEqual(chromium.after);
      expect(firefox.after).toEqual({
        given: PROFILE.name.given,
        family: PROFILE.name.family,
        email: PROFILE.emails[0]!.address,
        org: 'Northbridge University',
        phone: expect.stringMatching(/555.?013.?2288/),
        closedIsClosed: true,
      });
      expect(firefox.undone).toEqual(firefox.before);
    });
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
