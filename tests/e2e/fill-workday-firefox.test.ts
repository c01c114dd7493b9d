/**
 * Issue #18 in Firefox ESR: the same Workday replica and expectations as tests/e2e/fill-workday.test.ts (empty
 * sections, month/year boxes, prompts that search on Enter, listbox buttons, the skills multi-select, the drop
 * zone), filled step by step by the Firefox build, and the opted-in continuation across a step change. The offer
 * badge lives in a closed shadow root that only Chromium's DevTools protocol reads, so it is checked in Chromium.
 *
 * Where the widgets do not allow: Workday's drop zone ignores the file input and reads only a drop event's files.
 * A DragEvent dispatched from Firefox's content-script world reaches the page without its DataTransfer, so in Firefox
 * the CV is attached to the file input (checked below) and the drop zone shows no upload.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFillSession, type FillReport } from './fill-helpers';
import { launchFirefoxExtension } from './firefox-harness';
import { FILLED, WORKDAY_SESSION, saveAndContinue, waitForExperience, workdayState } from './workday-expected';

/** What Firefox fills: everything Chromium does but the drop zone's upload (see above). */
const FIREFOX_EXPERIENCE = { ...FILLED.exp, resume: [] };

describe('a Workday application in Firefox ESR, step by step', () => {
  const env = useFillSession({ ...WORKDAY_SESSION, launch: launchFirefoxExtension });

  const fill = async (page: Page) =>
    env.session.send<FillReport>({ type: 'fill.tab', tabId: await env.session.tabIdOf(page.url()) });

  it('fills My Information and My Experience, and nothing on the steps that stay the person’s', async () => {
    const page = await env.session.openPage(`${env.server.url}/index.html`);
    await page.waitForSelector('#state');
    expect((await fill(page)).ok).toBe(true);
    expect((await workdayState(page)).info).toEqual(FILLED.info);

    await saveAndContinue(page, 'My Experience');
    expect((await fill(page)).ok).toBe(true);
    expect((await workdayState(page)).exp).toEqual(FIREFOX_EXPERIENCE);
    expect(await page.$eval('#resume-input', (el) => (el as HTMLInputElement).files?.[0]?.name)).toBe(
      'Quintero-Vance-CV.pdf',
    );

    await saveAndContinue(page, 'Application Questions');
    expect((await fill(page)).filled).toEqual([]);
    await saveAndContinue(page, 'Voluntary Disclosures');
    expect((await fill(page)).filled).toEqual([]);
    const after = await workdayState(page);
    expect(after.questions).toEqual(FILLED.questions);
    expect(after.disclosures).toEqual(FILLED.disclosures);
    await page.close();
  });

  it('once the site is opted in, fills My Experience as "Save and Continue" swaps it in', async () => {
    await env.session.send({ type: 'settings.set', settings: { keepFillingSites: ['127.0.0.1'] } });
    const page = await env.session.openPage(`${env.server.url}/index.html`);
    await page.waitForSelector('#state');
    await fill(page);
    await saveAndContinue(page, 'My Experience');
    await waitForExperience(page, FIREFOX_EXPERIENCE);
    expect(await env.session.consoleErrors()).toEqual([]);
  });
});
