import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { controlValuesByName, fillPage, useFillSession, undoPage } from './fill-helpers';

const allValues = (page: Page): Promise<Record<string, string>> => page.evaluate(controlValuesByName);

const EXPECTED: Record<string, string> = {
  // The stored honorific "Dr." is the option "Dr".
  selTitle: 'Dr',
  txtSurname: 'Quintero-Vance',
  txtGivenName: 'Aurelia',
  txtAddr1: '4 Lantern Row',
  txtAddr2: 'Office 12',
  txtCity: 'Port Ellery',
  txtState: 'Ontario',
  txtPostal: 'K7L 3N6',
  selCountry: 'CA',
  txtTelOffice: '+1 555 013 2288',
  // Mobile stays empty: the profile's only phone is a work number, already in "Telephone (Office)"; writing it
  // again as a mobile number would be a guess.
  txtEmail: 'aurelia.qv@cs.northbridge.example.edu',
  txtEmail2: 'aurelia.qv@cs.northbridge.example.edu',
  txtPresentPost: 'Assistant Professor',
  txtEmployer: 'Northbridge University',
  txtDept: 'Computer Science',
  txtEduInst1: 'Calder Technical University',
  txtEduDeg1: 'Ph.D.',
  txtEduField1: 'Computer Science',
  txtEduInst2: 'University of Westmarch',
  txtEduDeg2: 'B.Sc.',
  txtEduField2: 'Mathematics',
  // "From (yyyy)" / "To (yyyy)": the years of the stored start and end months.
  txtEduFrom1: '2015',
  txtEduTo1: '2019',
  txtEduFrom2: '2011',
  txtEduTo2: '2015',
  txtResearch: 'program synthesis, machine learning',
  txtOrcid: '0000-0002-1825-0097',
  txtHomepage: 'https://aurelia.example.org',
  txtScholar: 'https://scholar.google.com/citations?user=AbCdEf123456',
};

describe('a long table-layout university HR portal', () => {
  const env = useFillSession();

  it('fills the fields its table cells name and leaves every other one (referees, birth date, salary…) empty', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/university-portal.html`);
    const before = await allValues(page);
    expect(Object.values(before).every((v) => v === '')).toBe(true);
    const report = await fillPage(env.session, page);
    const after = await allValues(page);
    const expected = Object.fromEntries(Object.keys(before).map((name) => [name, EXPECTED[name] ?? '']));
    expect(after).toEqual(expected);
    expect(report.filled).toHaveLength(Object.keys(EXPECTED).length);
    // 70 fields: the two submit buttons are not fields.
    expect(report.total).toBe(70);
    // The referee table is recognised and deliberately left alone (3 rows × 3 fields).
    expect(report.skipped.filter((s) => /another person/.test(s.reason))).toHaveLength(9);
    expect(report.skipped.filter((s) => /date of birth/.test(s.reason))).toHaveLength(3);
    // Nationality is not the country of residence, and Vitae does not store it.
    expect(report.skipped.find((s) => s.selector.includes('selNationality'))?.reason).toMatch(/nationality/);
    expect(await page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted)).toBeUndefined();

    const undo = await undoPage(env.session, page);
    expect(undo.restored).toBe(Object.keys(EXPECTED).length);
    expect(await allValues(page)).toEqual(before);
    expect(env.session.consoleErrors).toEqual([]);
  });
});
