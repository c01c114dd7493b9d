import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { fillPage, loadProfile, undoPage } from './fill-helpers';

const frameValues = (frame: Frame) =>
  frame.evaluate(() =>
    ['first', 'last', 'email'].map((n) => document.querySelector<HTMLInputElement>(`[name=${n}]`)!.value),
  );

function frameOf(page: Page, where: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`where=${where}`));
  if (!frame) throw new Error(`no frame ${where}`);
  return frame;
}

const FILLED = ['Aurelia', 'Quintero-Vance', 'aurelia.qv@cs.northbridge.example.edu'];
const EMPTY = ['', '', ''];

describe('frames and shadow roots', () => {
  let session: ExtensionSession;
  let site: StaticServer;
  let other: StaticServer;

  beforeAll(async () => {
    site = await serveStatic();
    other = await serveStatic();
    session = await launchExtension();
    await loadProfile(session);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
    await other?.close();
  });

  describe('a page embedding its form in iframes', () => {
    let page: Page;
    beforeAll(async () => {
      page = await session.context.newPage();
      await page.goto(`${site.url}/fill/frames.html?other=${encodeURIComponent(other.url)}`);
      await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
      await Promise.all(['same', 'sandboxed', 'cross'].map((w) => frameOf(page, w).waitForSelector('[name=email]')));
    });

    it('fills the same-origin frame, and skips the sandboxed and the other site’s frame saying how to allow it', async () => {
      const report = await fillPage(session, page);
      expect(report.ok).toBe(true);
      expect(await page.inputValue('#top-email')).toBe(FILLED[2]);
      expect(await frameValues(frameOf(page, 'same'))).toEqual(FILLED);
      expect(await frameValues(frameOf(page, 'cross'))).toEqual(EMPTY);
      expect(await frameValues(frameOf(page, 'sandboxed'))).toEqual(EMPTY);
      const cross = report.skipped.find((s) => s.frameUrl?.includes('where=cross'));
      expect(cross?.reason).toContain(other.url);
      expect(cross?.reason).toMatch(/allow .* in Vitae's settings/);
      expect(report.skipped.find((s) => s.frameUrl?.includes('where=sandboxed'))?.reason).toMatch(/sandboxed/);
      const frameUrls = new Set(report.filled.map((f) => new URL(f.frameUrl).searchParams.get('where') ?? 'top'));
      expect(frameUrls).toEqual(new Set(['top', 'same']));
      // The other site's frame never even received the content script: it has no agent to ask.
      await undoPage(session, page);
      expect(await frameValues(frameOf(page, 'same'))).toEqual(EMPTY);
      expect(await page.inputValue('#top-email')).toBe('');
    });

    it('fills the other site’s frame once the user allowed that origin for this site', async () => {
      const res = await session.send<{ ok: boolean }>({
        type: 'settings.set',
        settings: { allowedFrameOrigins: { [site.url]: [other.url] } },
      });
      expect(res.ok).toBe(true);
      const report = await fillPage(session, page);
      expect(await frameValues(frameOf(page, 'same'))).toEqual(FILLED);
      expect(await frameValues(frameOf(page, 'cross'))).toEqual(FILLED);
      expect(await frameValues(frameOf(page, 'sandboxed'))).toEqual(EMPTY);
      expect(report.filled.filter((f) => f.frameUrl.includes('where=cross'))).toHaveLength(3);
      const undo = await undoPage(session, page);
      expect(undo.restored).toBe(7);
      expect(await frameValues(frameOf(page, 'cross'))).toEqual(EMPTY);
      expect(await frameValues(frameOf(page, 'same'))).toEqual(EMPTY);
    });

    it('never acts on a site in the "never fill" list', async () => {
      await session.send({ type: 'settings.set', settings: { neverSites: ['127.0.0.1'] } });
      try {
        const report = await fillPage(session, page);
        expect(report.ok).toBe(false);
        expect(report.error).toMatch(/never fill/);
        expect(await page.inputValue('#top-email')).toBe('');
        expect(await frameValues(frameOf(page, 'same'))).toEqual(EMPTY);
      } finally {
        await session.send({ type: 'settings.set', settings: { neverSites: [] } });
      }
    });
  });

  describe('web components', () => {
    it('fills fields in open, closed and nested shadow roots, and undoes them', async () => {
      const page = await session.context.newPage();
      await page.goto(`${site.url}/fill/shadow.html`);
      const read = () => page.evaluate(() => (window as unknown as { readShadowValues(): unknown }).readShadowValues());
      const report = await fillPage(session, page);
      expect(await read()).toEqual({
        given: 'Aurelia',
        family: 'Quintero-Vance',
        email: 'aurelia.qv@cs.northbridge.example.edu',
        org: 'Northbridge University',
        phone: '+1 555 013 2288',
        closedIsClosed: true,
      });
      expect(report.filled.map((f) => f.selector)).toContain('#closed-form >>> nested-phone >>> input[name="phone"]');
      const undo = await undoPage(session, page);
      expect(undo.restored).toBe(5);
      expect(await read()).toEqual({ given: '', family: '', email: '', org: '', phone: '', closedIsClosed: true });
      expect(session.consoleErrors).toEqual([]);
    });
  });
});
