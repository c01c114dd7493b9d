/**
 * Issue #18: a Workday application, five steps swapped in place, filled step by step through the built extension.
 * The replica (tests/fixtures/workday) is React 19 with controlled inputs, sections that start with no rows, month
 * and year boxes, searchable prompts, listbox buttons, a type-ahead skills list and a drop zone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { fillPage, useFillSession, waitForOverlay, type FillReport } from './fill-helpers';
import { FILLED, WORKDAY_SESSION, saveAndContinue, waitForExperience, workdayState } from './workday-expected';

function reasonFor(report: FillReport, selector: string): string {
  return report.skipped.find((s) => s.selector === selector)?.reason ?? '<not reported>';
}

describe('a Workday application in five steps, filled as each step appears', () => {
  const env = useFillSession(WORKDAY_SESSION);
  let page: Page;

  beforeAll(async () => {
    page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/index.html`);
    await page.waitForSelector('#state', { state: 'attached' });
  });

  it('My Information: every field the profile answers, and nothing else', async () => {
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect((await workdayState(page)).info).toEqual(FILLED.info);
    expect(reasonFor(report, '#source--source')).toMatch(/how did you hear/i);
  });

  it('My Experience: adds one row per entry to empty sections and fills Workday’s widgets', async () => {
    await saveAndContinue(page, 'My Experience');
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    const { exp } = await workdayState(page);
    expect(exp).toEqual(FILLED.exp);
    // The report says what it chose for the searchable prompts.
    expect(report.filled.find((f) => f.selector === '#education-1--schoolName')?.value).toBe(
      'Swiss Federal Institute of Technology Zurich (ETH Zurich)',
    );
    // Nothing typed stays behind in a search box.
    expect(await page.inputValue('#skills--skills')).toBe('');
    expect(await page.inputValue('#education-1--schoolName')).toBe('');
  });

  it('Application Questions: legal, sponsorship, referral and free-text questions stay the person’s', async () => {
    await saveAndContinue(page, 'Application Questions');
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(report.filled).toEqual([]);
    expect((await workdayState(page)).questions).toEqual(FILLED.questions);
    expect(reasonFor(report, '#primaryQuestionnaire--q-authorised')).toMatch(/legal|authori[sz]|immigration/i);
    expect(reasonFor(report, '#primaryQuestionnaire--q-sponsorship')).toMatch(/legal|sponsor|immigration/i);
    expect(reasonFor(report, '#primaryQuestionnaire--q-heard')).toMatch(/how did you hear/i);
    expect(reasonFor(report, '#primaryQuestionnaire--q-why')).toMatch(/free-text answer only you can write/i);
    expect(reasonFor(report, '#primaryQuestionnaire--q-research')).toMatch(/free-text answer only you can write/i);
  });

  it('Voluntary Disclosures: demographic questions and the terms box stay empty', async () => {
    await saveAndContinue(page, 'Voluntary Disclosures');
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(report.filled).toEqual([]);
    expect((await workdayState(page)).disclosures).toEqual(FILLED.disclosures);
    expect(reasonFor(report, '#personalInfoUS--gender')).toMatch(/demographic/i);
    expect(reasonFor(report, '#termsAndConditions--acceptTermsAndAgreements')).toMatch(/consent or terms/i);
  });

  it('Review: nothing to fill, nothing submitted, no page errors', async () => {
    await saveAndContinue(page, 'Review');
    const report = await fillPage(env.session, page);
    expect(report.filled).toEqual([]);
    const state = await workdayState(page);
    expect(state.info).toEqual(FILLED.info);
    expect(state.exp).toEqual(FILLED.exp);
    expect(await page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted)).toBeUndefined();
    expect(env.session.consoleErrors).toEqual([]);
  });
});

/** The overlay's texts as one line, and the centre of `button` in it once `text` shows. */
async function settingsOf(session: ExtensionSession): Promise<{ keepFillingSites: string[] }> {
  return (await session.send<{ settings: { keepFillingSites: string[] } }>({ type: 'settings.get' })).settings;
}

describe('each next step of the application: offered, then filled as it appears once the person opts in', () => {
  const env = useFillSession(WORKDAY_SESSION);

  async function openApplication(): Promise<Page> {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/index.html`);
    await page.waitForSelector('#state', { state: 'attached' });
    return page;
  }

  it('is off by default: the new step is offered with the fill shortcut, and nothing is filled unasked', async () => {
    expect((await settingsOf(env.session)).keepFillingSites).toEqual([]);
    const page = await openApplication();
    await fillPage(env.session, page);
    await saveAndContinue(page, 'My Experience');
    const offer = await waitForOverlay(page, /a new step of this form/, '.toast button:nth-of-type(2)');
    expect(offer.texts.join(' ')).toMatch(/Fill it Alt\+Shift\+F/);
    expect(offer.texts).toContain('Keep filling this application');
    expect((await workdayState(page)).exp.work).toEqual([]);

    // "Keep filling this application": this step is filled, and the site is remembered.
    await page.mouse.click(offer.centre.x, offer.centre.y);
    await waitForExperience(page, FILLED.exp);
    expect((await settingsOf(env.session)).keepFillingSites).toEqual(['127.0.0.1']);
    await page.close();
  });

  it('once opted in, fills each new step as the page swaps it in, and leaves the person’s steps alone', async () => {
    const page = await openApplication();
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    // No click, no shortcut: "Save and Continue" alone brings My Experience, and Vitae fills it.
    await saveAndContinue(page, 'My Experience');
    await waitForExperience(page, FILLED.exp);
    await saveAndContinue(page, 'Application Questions');
    await saveAndContinue(page, 'Voluntary Disclosures');
    // Give an automatic fill time to run, then check nothing was written on the steps that stay the person's.
    await page.waitForTimeout(1_500);
    const state = await workdayState(page);
    expect(state.questions).toEqual(FILLED.questions);
    expect(state.disclosures).toEqual(FILLED.disclosures);
    expect(state.info).toEqual(FILLED.info);
    await page.close();
  });

  it('is listed on the options page, and removing it there stops the automatic fill', async () => {
    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html#/settings`);
    const remove = options.getByRole('button', { name: 'Stop filling each step on 127.0.0.1' });
    await remove.click();
    await options.waitForFunction(() => !document.body.textContent?.includes('Stop filling each step'));
    expect((await settingsOf(env.session)).keepFillingSites).toEqual([]);
    await options.close();

    const page = await openApplication();
    await fillPage(env.session, page);
    await saveAndContinue(page, 'My Experience');
    await waitForOverlay(page, /a new step of this form/, '.toast button');
    expect((await workdayState(page)).exp.work).toEqual([]);
    expect(env.session.consoleErrors).toEqual([]);
  });
});
