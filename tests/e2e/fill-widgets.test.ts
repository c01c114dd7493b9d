import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CV_PDF, fillPage, useFillSession, undoPage, valuesOf } from './fill-helpers';

const texts = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) => Object.fromEntries(list.map((s) => [s, document.querySelector(s)?.textContent?.trim() ?? '<missing>'])),
    selectors,
  );

describe('custom widgets: Workday listbox buttons, numbered rows, "Add Another" and uploads', () => {
  const env = useFillSession();

  describe('a Workday-style application', () => {
    let page: Page;
    const inputs = [
      '#name--legalName--firstName',
      '#name--legalName--lastName',
      '#emailAddress--emailAddress',
      '#phoneNumber--phoneNumber',
      '#workExperience-1--jobTitle',
      '#workExperience-1--companyName',
      '#workExperience-2--jobTitle',
      '#workExperience-2--companyName',
      '#education-1--schoolName',
      '#education-2--schoolName',
    ];
    const buttons = ['#country--country', '#education-1--degree', '#education-2--degree', '#uploaded'];

    beforeAll(async () => {
      page = await env.session.context.newPage();
      await page.goto(`${env.server.url}/fill/workday.html`);
    });

    it('fills text boxes, chooses listbox options, adds one row per extra profile entry and drops the CV', async () => {
      const report = await fillPage(env.session, page);
      expect(report.ok).toBe(true);
      expect(await valuesOf(page, inputs)).toEqual({
        '#name--legalName--firstName': 'Aurelia',
        '#name--legalName--lastName': 'Quintero-Vance',
        '#emailAddress--emailAddress': 'aurelia.qv@cs.northbridge.example.edu',
        // Workday's phone box takes the national number (Workday asks for the country code in its own field).
        '#phoneNumber--phoneNumber': '(555) 013-2288',
        '#workExperience-1--jobTitle': 'Assistant Professor',
        '#workExperience-1--companyName': 'Northbridge University',
        '#workExperience-2--jobTitle': 'Postdoctoral Fellow',
        '#workExperience-2--companyName': 'Halvorsen Institute',
        '#education-1--schoolName': 'Calder Technical University',
        '#education-2--schoolName': 'University of Westmarch',
      });
      expect(await texts(page, buttons)).toEqual({
        '#country--country': 'Canada',
        '#education-1--degree': 'Ph.D.',
        '#education-2--degree': 'B.Sc.',
        '#uploaded': `Quintero-Vance-CV.pdf (${CV_PDF.length} bytes, application/pdf)`,
      });
      // Exactly as many rows as the profile has entries: no third row.
      expect(await page.locator('#workExperience-3--jobTitle').count()).toBe(0);
      expect(await page.locator('#education-3--schoolName').count()).toBe(0);
      // The "Add Another" button is a submit button in the form; nothing was submitted or navigated.
      expect(await page.evaluate(() => (window as unknown as { __navigation: string[] }).__navigation)).toEqual([]);
      expect(report.filled.find((f) => f.selector === '#resume-input')).toMatchObject({
        field: 'document.cv',
        value: 'Quintero-Vance-CV.pdf',
      });
      expect(report.filled).toHaveLength(inputs.length + buttons.length);
    });

    it('undo empties the rows and puts the dropdowns back on "Select One"', async () => {
      const res = await undoPage(env.session, page);
      expect(res.restored).toBe(14);
      expect(Object.values(await valuesOf(page, inputs)).every((v) => v === '')).toBe(true);
      expect(await texts(page, buttons.slice(0, 3))).toEqual({
        '#country--country': 'Select One',
        '#education-1--degree': 'Select One',
        '#education-2--degree': 'Select One',
      });
      expect(
        await page.evaluate(() => (document.querySelector('#resume-input') as HTMLInputElement).files?.length),
      ).toBe(0);
    });
  });

  describe('custom dropdowns never take a negated option for the value (issue #17)', () => {
    // The profile lives in Canada. "Non-Canada" contains its word and means the opposite.
    const NEGATED = 'Select One|Non-Canada|United States';
    const OFFERED = 'Select One|Non-Canada|Canada (CA)|United States';
    for (const widget of ['listbox', 'combobox']) {
      const open = async (options: string) => {
        const page = await env.session.context.newPage();
        await page.goto(`${env.server.url}/fill/negated-options.html?widget=${widget}&options=${options}`);
        return page;
      };
      const chosen = (page: Page) =>
        page.evaluate(() => (document.getElementById('country') as HTMLElement).dataset.chosen ?? null);

      it(`a ${widget} offering only negated forms of the country is left alone`, async () => {
        const page = await open(NEGATED);
        const report = await fillPage(env.session, page);
        expect(report.ok).toBe(true);
        expect(await chosen(page)).toBeNull();
        expect(report.filled.find((f) => f.selector === '#country')).toBeUndefined();
        await page.close();
      });

      it(`a ${widget} offering the country beside its negation gets the country`, async () => {
        const page = await open(OFFERED);
        const report = await fillPage(env.session, page);
        expect(await chosen(page)).toBe('Canada (CA)');
        expect(report.filled.find((f) => f.selector === '#country')?.field).toBe('address.country');
        await page.close();
      });
    }

    it('a listbox choice that does not stick is followed by the next spelling the planner sent', async () => {
      const page = await env.session.context.newPage();
      // The page refuses "Canada"; "CAN", one of the alternatives the planner sends with it, is taken instead.
      await page.goto(
        `${env.server.url}/fill/negated-options.html?widget=listbox&options=Select One|Canada|CAN&stuck=Canada`,
      );
      const report = await fillPage(env.session, page);
      expect(await page.textContent('#country')).toBe('CAN');
      expect(report.filled.find((f) => f.selector === '#country')?.value).toBe('CAN');
      await page.close();
    });
  });

  describe('a file input that reads what it received', () => {
    it('receives the stored CV with its name, size, type and bytes; a missing document is reported', async () => {
      const page = await env.session.context.newPage();
      await page.goto(`${env.server.url}/fill/file-upload.html`);
      const report = await fillPage(env.session, page);
      await page.waitForFunction(() => document.getElementById('cv-echo')?.textContent !== 'nothing yet');
      expect(await page.textContent('#cv-echo')).toBe(
        `Quintero-Vance-CV.pdf ${CV_PDF.length} application/pdf %PDF-1.4`,
      );
      expect(await page.textContent('#cover-echo')).toBe('nothing yet');
      expect(report.skipped.find((s) => s.selector === '#cover')?.reason).toMatch(/no stored cover letter/i);
      await undoPage(env.session, page);
      expect(await page.evaluate(() => (document.querySelector('#cv') as HTMLInputElement).files?.length)).toBe(0);
      expect(env.session.consoleErrors).toEqual([]);
    });
  });
});
