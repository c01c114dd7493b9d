/**
 * Issue #13's journey, as a new user meets Vitae: a fresh browser profile, the CV of Vitae's first user
 * (../shared/cv-qingyu-song.txt, beside the clone, never copied into it) imported as text through the built
 * extension, then replicas of the HotCRP profile and new-submission pages, the OpenReview profile, EasyChair sign-up
 * and a UK university application portal filled. Every field the CV answers is filled with the right value; every
 * other field stays as it was, and the report says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { fillPage, type FillReport } from './fill-helpers';
import { SEED_CV_PATH, SEED_INTERESTS } from '../unit/import/seed-facts';

const CV = SEED_CV_PATH;
const FORMS = join(ROOT, 'tests/fixtures/forms');

const EMAIL = 'qysong21@cse.cuhk.edu.hk';
const CUHK = 'The Chinese University of Hong Kong';
const CSE = 'Department of Computer Science and Engineering';
const INTERESTS = SEED_INTERESTS;

/** Every control's value (checkboxes and radios as "checked"), keyed by name or id, with its position. */
async function controls(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    document.querySelectorAll<HTMLInputElement>('input, select, textarea').forEach((el, i) => {
      if (['submit', 'button', 'hidden'].includes(el.type)) return;
      const key = `${el.name || el.id || el.getAttribute('aria-label') || el.placeholder}#${i}`;
      out[key] = el.type === 'checkbox' || el.type === 'radio' ? String(el.checked) : el.value;
    });
    return out;
  });
}

/** After the fill: the expected fields hold their values, every other control is as it was before. */
async function expectOnly(
  page: Page,
  before: Record<string, string>,
  expected: Record<string, string | RegExp>,
): Promise<void> {
  const after = await controls(page);
  for (const [key, value] of Object.entries(after)) {
    const field = key.replace(/#\d+$/, '');
    const want = expected[field];
    // Rows the fill added ("Add another") start empty.
    if (want === undefined) expect(value, `${field} stays as it was`).toBe(before[key] ?? '');
    else if (typeof want === 'string') expect(value, field).toBe(want);
    else expect(value, field).toMatch(want);
  }
  for (const field of Object.keys(expected))
    expect(
      Object.keys(after).some((k) => k.replace(/#\d+$/, '') === field),
      `${field} exists`,
    ).toBe(true);
}

function skippedReason(report: FillReport, selector: string): string {
  return report.skipped.find((s) => s.selector === selector)?.reason ?? '<not in the report>';
}

/** HotCRP's collaborators list: one "Name" or "Name (Affiliation)" per line, advisors and co-authors. */
const COLLABORATORS =
  /^(?=[\s\S]*^Hong Xu\b)(?=[\s\S]*^Jianming Hu \(Tsinghua University\)$)([\p{L} .'-]+( \([^)]+\))?\n?)+$/mu;

describe.runIf(existsSync(CV))('the first user’s CV, imported as text, fills five academic forms', () => {
  const env = {} as { session: ExtensionSession; server: StaticServer };
  beforeAll(async () => {
    env.server = await serveStatic(FORMS);
    env.session = await launchExtension();
    const imported = await env.session.send<{ ok: boolean; error?: string }>({
      type: 'profile.import',
      format: 'cv-text',
      data: readFileSync(CV, 'utf8'),
      fileName: 'cv.txt',
    });
    if (!imported.ok) throw new Error(`import failed: ${imported.error}`);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });

  async function fill(file: string, prepare?: (page: Page) => Promise<void>) {
    const page = await env.session.context.newPage();
    await page.goto(`${env.server.url}/${file}`);
    await prepare?.(page);
    const before = await controls(page);
    const report = await fillPage(env.session, page);
    expect(report.ok, report.error).toBe(true);
    return { page, before, report };
  }

  it('HotCRP profile', async () => {
    const { page, before, report } = await fill('hotcrp-account.html');
    await expectOnly(page, before, {
      uemail: EMAIL,
      firstName: 'Qingyu',
      lastName: 'Song',
      affiliation: CUHK,
      // "Hong Kong, China" in the CV: HotCRP lists Hong Kong.
      country: 'HK',
      phone: '+852 6341 2126',
      collaborators: COLLABORATORS,
    });
    expect(reasonFor(report, '#affiliation')).toMatch(/from current position/);
    // Left empty: the CV has no ORCID iD; passwords, topic ratings and the header search are never filled.
    expect(skippedReason(report, '#orcid')).toMatch(/no orcid/i);
  });

  it('HotCRP new submission: the author row holding the account’s email, and no other', async () => {
    const { page, before, report } = await fill('hotcrp-new-paper.html', async (p) => {
      // HotCRP puts the signed-in account's email into the first author row.
      await p.fill('[name="authors:1:email"]', EMAIL);
    });
    await expectOnly(page, before, {
      'authors:1:email': EMAIL,
      'authors:1:name': 'Qingyu Song',
      'authors:1:affiliation': CUHK,
      collaborators: COLLABORATORS,
    });
    expect(report.skipped.filter((s) => /author row [234]; you are row 1/.test(s.reason))).toHaveLength(9);
  });

  it('OpenReview profile: history rows for the header affiliation and each degree, one interest per expertise row', async () => {
    const { page, before, report } = await fill('openreview-history.html');
    await expectOnly(page, before, {
      'Full Name': 'Qingyu Song',
      email: EMAIL,
      homepage_url: 'https://simmonssong.github.io',
      // Rows are compared below: positions, years, institutions and countries.
      'Choose or type a position': /^(PhD student|MS student|Undergrad student|)$/,
      'start year': /^(\d{4}|)$/,
      'end year': /^(\d{4}|)$/,
      'Choose or type an institution': /./,
      'Country/Region': /^(HK|CN)$/,
      'Research areas of interest': /./,
    });
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.history-row')).map((row) =>
        Array.from(row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')).map((el) => el.value),
      ),
    );
    expect(rows).toEqual([
      // The CV header: where the person is now, with no title or start year; the country of the same university.
      ['', '', '', '', CUHK, 'HK'],
      ['PhD student', '2021', '2025', '', CUHK, 'HK'],
      ['MS student', '2018', '2021', '', 'Tsinghua University', 'CN'],
      ['Undergrad student', '2014', '2018', '', 'Harbin Institute of Technology', 'CN'],
    ]);
    const expertise = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.expertise-row')).map(
        (row) => row.querySelector<HTMLInputElement>('input')?.value,
      ),
    );
    expect(expertise).toEqual(INTERESTS);
    const historyPosition = '#history-rows > div:nth-of-type(1) > div:nth-of-type(1) > div:nth-of-type(2) > input';
    expect(skippedReason(report, historyPosition)).toMatch(/no title/);
  });

  it('EasyChair sign-up', async () => {
    const { page, before } = await fill('easychair-signup.html');
    await expectOnly(page, before, {
      first_name: 'Qingyu',
      last_name: 'Song',
      email: EMAIL,
      email2: EMAIL,
      organization: CUHK,
      country: 'hk',
      url: 'https://simmonssong.github.io',
    });
  });

  it('UK university application portal', async () => {
    const { page, before, report } = await fill('uk-university-application.html');
    await expectOnly(page, before, {
      forename: 'Qingyu',
      surname: 'Song',
      // One email answers "personal" and "work"; an "alternative" one would be a second.
      email_personal: EMAIL,
      email_work: EMAIL,
      tel: '+852 6341 2126',
      residence: 'Hong Kong SAR',
      employer: CUHK,
      dept: CSE,
      emp1_employer: CUHK,
      emp2_employer: "Huawei Noah's Ark Lab",
      emp2_title: 'Intern',
      emp2_from: '01/2025',
      emp2_to: '04/2025',
      hq_level: 'D',
      hq_subject: 'Computer Science and Engineering',
      hq_inst: CUHK,
      hq_year: '2025',
      hq_thesis: 'Exploring the Foundation of Learning to Optimize: From Practice to Theory',
      hq_super: 'Hong Xu',
      ma_subject: 'Control Engineering',
      ma_inst: 'Tsinghua University',
      ma_year: '2021',
      ma_thesis: 'Traffic Time Series Data Prediction with Graph Neural Networks',
      ba_subject: 'Software Engineering',
      ba_inst: 'Harbin Institute of Technology',
      ba_year: '2018',
      areas: INTERESTS.join('; '),
      // Five entries in the options' default style (IEEE).
      pubs: /^\[1\] Q\. Song, [^\n]+\n\[2\] [^\n]+\n\[3\] [^\n]+\n\[4\] [^\n]+\n\[5\] [^\n]+$/,
    });
    // Left empty, each with its reason.
    expect(skippedReason(report, '#corr_address')).toMatch(/affiliation is not an address/);
    expect(skippedReason(report, '#email_alt')).toMatch(/one email/);
    expect(skippedReason(report, '#jobtitle')).toMatch(/no title/);
    expect(skippedReason(report, '#stage')).toMatch(/career stage/);
  });
});

function reasonFor(report: FillReport, selector: string): string {
  return report.filled.find((f) => f.selector === selector)?.reason ?? '<not filled>';
}
