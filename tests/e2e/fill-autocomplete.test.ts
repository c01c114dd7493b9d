import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillPage, readOverlay, undoPage, useFillSession, valuesOf } from './fill-helpers';

const FIELDS = [
  '#uemail',
  '#firstName',
  '#lastName',
  '#affiliation',
  '#phone',
  '#orcid',
  '#country',
  '#upassword',
  '#email2',
  '#nickname',
];

describe('filling a HotCRP-style profile form by its autocomplete tokens', () => {
  const env = useFillSession();
  let page: Page;
  let pageGlobals: string[];

  beforeAll(async () => {
    page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/hotcrp-profile.html`);
    pageGlobals = await page.evaluate(() => Object.keys(window).sort());
  });

  it('fills what the tokens name, leaves passwords, honeypots and prefilled fields alone, and reports it', async () => {
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(await valuesOf(page, FIELDS)).toEqual({
      '#uemail': 'aurelia.qv@cs.northbridge.example.edu',
      '#firstName': 'Aurelia',
      '#lastName': 'Quintero-Vance',
      '#affiliation': 'Northbridge University',
      // International format: the field gives no format hint (no pattern, placeholder or maxlength).
      '#phone': '+1 555 013 2288',
      '#orcid': '0000-0002-1825-0097',
      '#country': 'CA',
      '#upassword': '',
      '#email2': '',
      '#nickname': 'Rae',
    });
    const byField = Object.fromEntries(report.filled.map((f) => [f.selector, f.field]));
    expect(byField).toEqual({
      '#uemail': 'email',
      '#firstName': 'name.given',
      '#lastName': 'name.family',
      '#affiliation': 'position.institution',
      '#phone': 'phone',
      '#orcid': 'orcid.id',
      '#country': 'address.country',
    });
    expect(report.filled.every((f) => f.frameUrl === page.url())).toBe(true);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.selector, s.reason]));
    expect(skipped['#upassword']).toMatch(/password/);
    expect(skipped['#email2']).toMatch(/aria-hidden|outside/);
    // autocomplete=nickname is a screen name or handle (HTML spec), not a profile fact: left alone as such, and its
    // prefilled value stays (checked above).
    expect(skipped['#nickname']).toMatch(/^left alone: a username/);
    expect(report.total).toBe(FIELDS.length);
    expect(await page.evaluate(() => (window as unknown as { __submitted: boolean }).__submitted)).toBe(false);
  });

  it('leaves nothing of Vitae in the page’s own JavaScript world', async () => {
    const after = await page.evaluate(() => Object.keys(window).sort());
    expect(after).toEqual(pageGlobals);
    expect(pageGlobals.filter((k) => /vitae|wxt/i.test(k))).toEqual([]);
  });

  it('undoes the fill, restoring the previous values', async () => {
    const res = await undoPage(env.session, page);
    expect(res).toEqual({ ok: true, restored: 7 });
    const values = await valuesOf(page, FIELDS);
    expect(values).toEqual({
      '#uemail': '',
      '#firstName': '',
      '#lastName': '',
      '#affiliation': '',
      '#phone': '',
      '#orcid': '',
      '#country': '',
      '#upassword': '',
      '#email2': '',
      '#nickname': 'Rae',
    });
  });

  it('fills again after undo without injecting a second agent', async () => {
    const report = await fillPage(env.session, page);
    expect(report.filled).toHaveLength(7);
    const res = await undoPage(env.session, page);
    expect(res.restored).toBe(7);
    expect(env.session.consoleErrors).toEqual([]);
  });

  it('marks filled fields with badges and a toast whose Undo button restores the page', async () => {
    await fillPage(env.session, page);
    const overlay = await readOverlay(page, '.toast button');
    expect(overlay.texts).toEqual(
      expect.arrayContaining(['Filled 7 fields', 'Undo', 'Given name', 'Email', 'Country']),
    );
    // The badge's title says why the field was filled: the kind, then the engine's evidence.
    expect(overlay.titles).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Given name: .*\bautocomplete=given-name\b/)]),
    );
    // The page cannot see into the overlay, and the page's CSS cannot reach it.
    expect(await page.evaluate(() => document.querySelector('vitae-overlay')?.shadowRoot ?? null)).toBeNull();
    expect(overlay.centre).not.toBeNull();
    await page.mouse.click(overlay.centre!.x, overlay.centre!.y);
    await page.waitForFunction(() => (document.querySelector('#firstName') as HTMLInputElement).value === '');
    expect(await valuesOf(page, ['#uemail', '#country', '#nickname'])).toEqual({
      '#uemail': '',
      '#country': '',
      '#nickname': 'Rae',
    });
    // Badges and toast are gone with the fill.
    expect(await page.locator('vitae-overlay').count()).toBe(0);
  });

  it('stays one agent when the content script is injected again', async () => {
    const tabId = await env.session.tabIdOf(page);
    for (let i = 0; i < 2; i += 1) {
      await env.session.worker.evaluate(
        (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }),
        tabId,
      );
    }
    const report = await fillPage(env.session, page);
    expect(report.filled).toHaveLength(7);
    expect(await page.locator('vitae-overlay').count()).toBe(1);
    const res = await undoPage(env.session, page);
    expect(res.restored).toBe(7);
    expect(await page.inputValue('#firstName')).toBe('');
    expect(env.session.consoleErrors).toEqual([]);
  });
});
