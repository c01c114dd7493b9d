import { describe, expect, it } from 'vitest';
import { fillPage, useFillSession, undoPage, valuesOf } from './fill-helpers';

const TRAPS = {
  '#trap-display': /display|hidden/,
  '#trap-visibility': /visibility|hidden/,
  '#trap-opacity': /opacity/,
  '#trap-offscreen': /outside/,
  '#trap-tiny': /too small/,
  '#trap-clip': /clipped|too small/,
  '#trap-aria': /aria-hidden/,
  '#trap-inert': /inert/,
  '#trap-covered': /covered/,
  '#trap-covered-below': /covered/,
  '#trap-overflow': /clipped/,
};

describe('fields a person cannot see or change', () => {
  const env = useFillSession();

  it('fills only the visible, enabled, empty fields; every honeypot stays empty with its reason', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/honeypots.html`);
    const report = await fillPage(env.session, page);
    // Testing fields below the first screen scrolls the page and puts it back.
    expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    const selectors = [...Object.keys(TRAPS), '#trap-hidden-type'];
    expect(Object.values(await valuesOf(page, selectors)).every((v) => v === '')).toBe(true);
    expect(
      await valuesOf(page, [
        '#real-first',
        '#real-last',
        '#real-email',
        '#prefilled-org',
        '#disabled-phone',
        '#readonly-url',
        '#real-city',
      ]),
    ).toEqual({
      '#real-first': 'Aurelia',
      '#real-last': 'Quintero-Vance',
      '#real-email': 'aurelia.qv@cs.northbridge.example.edu',
      '#prefilled-org': 'Independent',
      '#disabled-phone': '',
      '#readonly-url': '',
      '#real-city': 'Port Ellery',
    });
    expect(report.filled.map((f) => f.selector).sort()).toEqual([
      '#real-city',
      '#real-email',
      '#real-first',
      '#real-last',
    ]);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.selector, s.reason]));
    for (const [selector, reason] of Object.entries(TRAPS)) expect(reasons[selector], selector).toMatch(reason);
    expect(reasons['#prefilled-org']).toMatch(/already has a value/i);
    expect(reasons['#disabled-phone']).toMatch(/disabled/);
    expect(reasons['#readonly-url']).toMatch(/read-only/);
    // A hidden input is not a field at all.
    expect(reasons['#trap-hidden-type']).toBeUndefined();

    const undo = await undoPage(env.session, page);
    expect(undo.restored).toBe(4);
    expect(await valuesOf(page, ['#real-first', '#prefilled-org'])).toEqual({
      '#real-first': '',
      '#prefilled-org': 'Independent',
    });
  });

  it('overwrites prefilled fields only when asked, and undo brings the old value back', async () => {
    const page = await env.session.context.newPage();
    // Another URL than the first test's tab: tabs are found by URL.
    await page.goto(`${env.server.url}/fill/honeypots.html?overwrite`);
    const report = await fillPage(env.session, page, { overwrite: true });
    expect(await page.inputValue('#prefilled-org')).toBe('Northbridge University');
    expect(report.filled.map((f) => f.selector)).toContain('#prefilled-org');
    expect(await page.inputValue('#trap-display')).toBe('');
    await undoPage(env.session, page);
    expect(await page.inputValue('#prefilled-org')).toBe('Independent');
    expect(env.session.consoleErrors).toEqual([]);
  });
});
