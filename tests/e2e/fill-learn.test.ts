/**
 * "Remember for this site" (issue #7) in real Chromium: after a fill, the person's own edit of a field makes the
 * page offer a rule; accepted, the rule is stored for the page's origin and the next fill follows it. Typing goes
 * through Playwright's keyboard input, which the browser reports as trusted, as a person's typing is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../../lib/sites/site-rule';
import { PROFILE, fillPage, readOverlay, useFillSession, type FillReport } from './fill-helpers';

const ORCID = PROFILE.links.orcid;
const EMAIL = PROFILE.emails[0]!.address;

/** The overlay's texts as one line, and the centre of `button` in it once `text` shows (null if it never does). */
async function waitForOverlay(page: Page, text: RegExp, button = '.offer button') {
  let last = '';
  for (let i = 0; i < 60; i += 1) {
    // The offer may change between the protocol's calls (a node gone before its box is read): read again.
    const overlay = await readOverlay(page, button).catch(() => null);
    last = overlay?.texts.join(' ') ?? last;
    if (overlay && text.test(last)) return overlay;
    await page.waitForTimeout(100);
  }
  throw new Error(`The overlay never showed ${text}; it showed: ${last}`);
}

const skippedReason = (report: FillReport, selector: string) =>
  report.skipped.find((s) => s.selector === selector)?.reason ?? '';

describe('remember for this site', () => {
  const env = useFillSession();
  const rules = async () => (await env.session.send<{ ok: true; rules: SiteRule[] }>({ type: 'rules.list' })).rules;
  const ruleFor = async (label: string) => (await rules()).find((r) => r.label === label);

  it('learns a field Vitae could not place from the ORCID the person types, and fills it after a reload', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/learn.html?orcid`);
    const first = await fillPage(env.session, page);
    expect(first.ok).toBe(true);
    expect(await page.inputValue('#given')).toBe('Aurelia');
    expect(skippedReason(first, '#registry')).toMatch(/not recognised/);

    await page.fill('#registry', ORCID);
    await page.press('#registry', 'Tab');
    // The browser reported the person's edit as trusted; Vitae's own writes during the fill were not.
    const changes = await page.evaluate(() => (window as unknown as { changes: [string, boolean][] }).changes);
    expect(changes).toContainEqual(['registry', true, ORCID]);
    expect(changes.filter(([id]) => id === 'given')).toEqual([['given', false, 'Aurelia']]);

    const offer = await waitForOverlay(page, /Vitae: remember this field as ORCID iD on 127\.0\.0\.1\?/);
    expect(offer.texts).toEqual(expect.arrayContaining(['Remember', 'Not now']));
    // Laid out as a box under the field that holds its text and buttons (page CSS cannot reach it).
    const box = (await readOverlay(page, '.offer')).rect!;
    const field = (await page.locator('#registry').boundingBox())!;
    expect(box.bottom - box.top).toBeGreaterThanOrEqual(24);
    expect(box.top).toBeGreaterThanOrEqual(field.y + field.height);
    expect(offer.centre!.x).toBeGreaterThan(box.left);
    expect(offer.centre!.x).toBeLessThan(box.right);
    expect(offer.centre!.y).toBeGreaterThan(box.top);
    expect(offer.centre!.y).toBeLessThan(box.bottom);
    // The offer names the kind, never a value of the profile the page did not already show.
    expect(offer.texts.join(' ')).not.toContain(EMAIL);
    expect(await ruleFor('Researcher registry number')).toBeUndefined();
    await page.mouse.click(offer.centre!.x, offer.centre!.y);
    await waitForOverlay(page, /Remembered for 127\.0\.0\.1\./, '.offer');
    await expect
      .poll(() => ruleFor('Researcher registry number'))
      .toMatchObject({
        origin: env.server.url,
        target: 'orcid.id',
        signature: expect.stringContaining('n=registry'),
      });

    await page.reload();
    expect(await page.inputValue('#registry')).toBe('');
    const again = await fillPage(env.session, page);
    expect(await page.inputValue('#registry')).toBe(ORCID);
    expect(again.filled.find((f) => f.selector === '#registry')).toMatchObject({
      field: 'orcid.id',
      reason: 'your rule for this site',
    });

    // The options page lists the learned rule under its site, with the field's label and what it fills.
    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html#/rules`);
    const site = options.getByRole('region', { name: `Rules for ${env.server.url}` });
    await expect.poll(() => site.getByRole('rowheader').allTextContents()).toContain('Researcher registry number');
    expect(await site.getByLabel('What to fill into Researcher registry number').inputValue()).toBe('orcid.id');
    await options.close();
    await page.close();
  });

  it('learns to leave a filled field alone when the person clears it, accepted by keyboard', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/learn.html?clear`);
    const first = await fillPage(env.session, page);
    expect(first.filled.find((f) => f.selector === '#affiliation')?.value).toBe('Northbridge University');

    await page.fill('#affiliation', '');
    await page.press('#affiliation', 'Tab');
    const offer = await waitForOverlay(page, /Vitae: leave this field alone on 127\.0\.0\.1\?/);
    expect(offer.texts).toEqual(expect.arrayContaining(['Leave alone', 'Not now']));
    // By keyboard: focus has moved on to the next field; Alt+Shift+R reaches the offer, Enter accepts it.
    await page.keyboard.press('Alt+Shift+R');
    await page.keyboard.press('Enter');
    await expect.poll(() => ruleFor('Affiliation')).toMatchObject({ origin: env.server.url, target: 'ignore' });

    await page.reload();
    const again = await fillPage(env.session, page);
    expect(await page.inputValue('#affiliation')).toBe('');
    expect(again.filled.map((f) => f.selector)).not.toContain('#affiliation');
    expect(skippedReason(again, '#affiliation')).toMatch(
      /told Vitae to ignore on this site \(your rule for this site\)/,
    );
    // The rest of the form still fills.
    expect(await page.inputValue('#family')).toBe('Quintero-Vance');
    await page.close();
  });

  it('stores nothing on "Not now", and offers nothing for the page’s own scripted changes', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/learn.html?not-now`);
    await fillPage(env.session, page);
    const before = await rules();

    // The page's scripts set the value and announce it: an untrusted change, which Vitae ignores.
    await page.evaluate((value) => {
      const lab = document.querySelector<HTMLInputElement>('#lab')!;
      lab.value = value;
      lab.dispatchEvent(new Event('change', { bubbles: true }));
      lab.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    }, ORCID);
    await page.waitForTimeout(500);
    expect((await readOverlay(page, '.offer')).centre).toBeNull();

    await page.fill('#lab', EMAIL);
    await page.press('#lab', 'Tab');
    const offer = await waitForOverlay(
      page,
      /remember this field as Email on 127\.0\.0\.1\?/,
      '.offer button + button',
    );
    expect(offer.centre).not.toBeNull();
    await page.mouse.click(offer.centre!.x, offer.centre!.y);
    await expect.poll(async () => (await readOverlay(page, '.offer')).texts.join(' ')).not.toMatch(/Email/);

    // Dismissed: no second offer for the same field in this fill, and nothing stored.
    await page.fill('#lab', `${EMAIL} `);
    await page.press('#lab', 'Tab');
    await page.waitForTimeout(500);
    expect((await readOverlay(page, '.offer')).centre).toBeNull();
    expect(await rules()).toEqual(before);
    expect(await ruleFor('Lab code')).toBeUndefined();

    await page.reload();
    await fillPage(env.session, page);
    expect(await page.inputValue('#lab')).toBe('');
    expect(env.session.consoleErrors).toEqual([]);
    await page.close();
  });
});
