import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillPage, undoPage, useFillSession } from './fill-helpers';

/** Which radio of a group (by form and name) is checked, by its value; '' when none. */
async function checkedRadio(page: Page, form: string, name: string): Promise<string> {
  return page.evaluate(
    ({ form, name }) =>
      document.querySelector<HTMLInputElement>(`form#${form} input[name="${name}"]:checked`)?.value ?? '',
    { form, name },
  );
}

async function inputValues(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (ids) => Object.fromEntries(ids.map((id) => [id, (document.getElementById(id) as HTMLInputElement).value])),
    ids,
  );
}

describe('native widgets: radio groups, date and month inputs, checkboxes', () => {
  const env = useFillSession();

  it('chooses the right radio of each group, writes month inputs in their canonical form, and leaves the rest', async () => {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/fill/native-widgets.html`);
    const report = await fillPage(env.session, page);

    // Title and highest degree: one radio each, the one the profile answers (Dr., Ph.D.).
    expect(await checkedRadio(page, 'applicant', 'title')).toBe('dr');
    expect(await checkedRadio(page, 'applicant', 'degree')).toBe('doctorate');
    // The same group name in the referee's form is about somebody else.
    expect(await checkedRadio(page, 'referee', 'title')).toBe('');
    // Demographics, date of birth and consent are the person's own to answer.
    expect(await checkedRadio(page, 'applicant', 'gender')).toBe('');
    expect(await page.isChecked('#terms')).toBe(false);

    expect(
      await inputValues(page, ['given', 'family', 'dob', 'degree-date', 'employer', 'job-start', 'ref-name']),
    ).toEqual({
      given: 'Aurelia',
      family: 'Quintero-Vance',
      dob: '',
      'degree-date': '2019-12',
      employer: 'Northbridge University',
      'job-start': '2022-07',
      'ref-name': '',
    });

    // Radios heard a click's events (input then change) exactly once, on the chosen one only.
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect(events.filter((e) => e.startsWith('change:title='))).toEqual(['change:title=dr']);
    expect(events.filter((e) => e.endsWith('deg-phd'))).toEqual(['input:deg-phd', 'change:deg-phd']);
    expect(events.filter((e) => /deg-(ba|ma)$/.test(e))).toEqual([]);
    expect(events).toContain('change:degree-date');
    expect(await page.evaluate(() => (window as unknown as { __submitted: number }).__submitted)).toBe(0);

    // The report names the answer a ticked radio stands for.
    const filled = Object.fromEntries(report.filled.map((f) => [f.field, f.value]));
    expect(filled['name.honorific']).toBe('Dr');
    expect(filled['degree.level']).toBe('Doctorate (PhD)');
    expect(filled['degree.year']).toBe('2019-12');

    const reasons = Object.fromEntries(report.skipped.map((s) => [s.selector, s.reason]));
    expect(reasons['#dob']).toMatch(/date of birth/);
    expect(reasons['#terms']).toMatch(/consent|terms/);

    // Undo unticks the radios and empties the month inputs.
    const undo = await undoPage(env.session, page);
    expect(undo.restored).toBe(report.filled.length);
    expect(await checkedRadio(page, 'applicant', 'title')).toBe('');
    expect(await checkedRadio(page, 'applicant', 'degree')).toBe('');
    expect(await inputValues(page, ['degree-date', 'job-start'])).toEqual({ 'degree-date': '', 'job-start': '' });
    await page.close();
  });
});
