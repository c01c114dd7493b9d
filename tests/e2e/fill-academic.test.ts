/**
 * The questions only academic forms ask (issue #13), each on a replica modelled on the real system
 * (tests/fixtures/forms, see ../shared/FORMS.md), filled through the built extension in Chromium with a fictional
 * postdoc's profile and the citation style set to APA in the options.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, serveStatic, type ExtensionSession, type StaticServer } from './harness';
import { fillPage, loadProfile, type FillReport } from './fill-helpers';
import { ACADEMIC_PROFILE } from './academic-profile';

const FORMS = join(ROOT, 'tests/fixtures/forms');
const env = {} as { session: ExtensionSession; server: StaticServer };

beforeAll(async () => {
  env.server = await serveStatic(FORMS);
  env.session = await launchExtension();
  await loadProfile(env.session, { defaultCitationStyle: 'apa' }, ACADEMIC_PROFILE);
});
afterAll(async () => {
  await env.session?.close();
  await env.server?.close();
});

async function open(file: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(`${env.server.url}/${file}`);
  return page;
}

/** Values by CSS selector, as the page's own scripts see them. */
async function values(page: Page, selectors: string[]): Promise<Record<string, string>> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const s of list) {
      const el = document.querySelector<HTMLInputElement>(s);
      out[s] = el ? (el.type === 'checkbox' ? String(el.checked) : el.value) : '<missing>';
    }
    return out;
  }, selectors);
}

const reasonOf = (report: FillReport, selector: string) => report.filled.find((f) => f.selector === selector)?.reason;

describe('a UK university application portal', () => {
  let page: Page;
  let report: FillReport;
  beforeAll(async () => {
    page = await open('uk-university-application.html');
    report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
  });

  it('answers "Present employer" and "Current department" from the current position, and says so', async () => {
    expect(await values(page, ['#employer', '#dept', '#jobtitle'])).toEqual({
      '#employer': 'Harbour Institute of Technology',
      '#dept': 'Department of Marine Informatics',
      '#jobtitle': 'Postdoctoral Researcher',
    });
    expect(reasonOf(report, '#employer')).toMatch(/from current position$/);
  });

  it('picks each email by its kind', async () => {
    expect(await values(page, ['#email_personal', '#email_work', '#email_alt'])).toEqual({
      '#email_personal': 'ilse.vm@fastmail.example.com',
      '#email_work': 'ilse.varga@mi.harbourtech.example.edu.hk',
      '#email_alt': 'ilse.vm@fastmail.example.com',
    });
  });

  it('writes the postal address into the correspondence textarea as lines', async () => {
    expect((await values(page, ['#corr_address']))['#corr_address']).toBe(
      'Room 714, Marine Informatics Building\n12 Tide Cove Road\nSai Kung\nHong Kong',
    );
  });

  it('fills each degree block from the degree its heading names, thesis and supervisor included', async () => {
    expect(
      await values(page, [
        '#hq_level',
        '#hq_subject',
        '#hq_inst',
        '#hq_year',
        '#hq_thesis',
        '#hq_super',
        '#ma_subject',
        '#ma_inst',
        '#ma_year',
        '#ma_thesis',
        '#ba_subject',
        '#ba_inst',
        '#ba_year',
      ]),
    ).toEqual({
      // "Ph.D." is the option "Doctorate".
      '#hq_level': 'D',
      '#hq_subject': 'Ocean Data Science',
      '#hq_inst': 'University of Lindenfeld',
      '#hq_year': '2024',
      '#hq_thesis': 'Sparse Sensing of Coastal Currents',
      '#hq_super': 'Karin Oest',
      '#ma_subject': 'Applied Mathematics',
      '#ma_inst': 'Calder Technical University',
      '#ma_year': '2019',
      '#ma_thesis': 'Adaptive Meshes for Tidal Models',
      '#ba_subject': 'Mathematics',
      '#ba_inst': 'Tallinn Polytechnic Institute',
      '#ba_year': '2017',
    });
  });

  it('lists five publications, the selected one first among them, in the style set in the options', async () => {
    const list = (await values(page, ['#pubs']))['#pubs']!.split('\n');
    expect(list).toHaveLength(5);
    // APA: "Family, I., & Other, T. (year). Title. Venue."
    expect(list).toContain(
      'Varga-Moreau, I., & Oest, K. (2023). Sparse Sensor Placement for Coastal Current Reconstruction. Journal of Ocean Informatics.',
    );
    // The sixth, oldest paper is the one left out.
    expect(list.join('\n')).not.toContain('Adaptive Meshes for Tidal Models');
  });

  it('joins research areas the way the placeholder shows', async () => {
    expect((await values(page, ['#areas']))['#areas']).toBe(
      'ocean data assimilation; sparse sensing; graph neural networks',
    );
  });

  it('chooses options by meaning: the career stage, and Hong Kong in a combobox that commits on mousedown', async () => {
    const v = await values(page, ['#stage', '#hq_level', '#residence']);
    expect(v['#stage']).toBe('pdra');
    expect(v['#residence']).toBe('Hong Kong SAR');
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#residence')?.dataset.committed)).toBe(
      'Hong Kong SAR',
    );
  });

  it('never fills the header search box, the referees, nationality or the equality questions', async () => {
    expect(
      await values(page, ['input[name=keywords]', '#ref1_name', '#ref1_email', '#nationality', '#sex', '#statement']),
    ).toEqual({
      'input[name=keywords]': '',
      '#ref1_name': '',
      '#ref1_email': '',
      '#nationality': '',
      '#sex': '',
      '#statement': '',
    });
    expect(await page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted)).toBeUndefined();
  });
});

describe('OpenReview career and education history', () => {
  it('writes one row per position and degree, latest first, pressing "Add" when rows run out; one interest per expertise row', async () => {
    const page = await open('openreview-history.html');
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.history-row')).map((row) =>
        Array.from(row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')).map((el) => el.value),
      ),
    );
    // Position, start, end, domain, institution, country (2-letter codes). A current position has no end.
    expect(rows).toEqual([
      ['Postdoc', '2024', '', 'harbourtech.example.edu.hk', 'Harbour Institute of Technology', 'HK'],
      ['PhD student', '2019', '2024', 'lindenfeld.example.de', 'University of Lindenfeld', 'DE'],
      ['MS student', '2017', '2019', '', 'Calder Technical University', 'NL'],
      ['Undergrad student', '2014', '2017', '', 'Tallinn Polytechnic Institute', 'EE'],
    ]);
    // Position boxes commit only on an option's mousedown: each shows a committed choice.
    const committed = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('.combo input')).map((i) => i.dataset.committed ?? ''),
    );
    expect(committed).toEqual(['Postdoc', 'PhD student', 'MS student', 'Undergrad student']);

    // Expertise: one interest per row (a third row added), the "since" years left empty; the navbar search too.
    const expertise = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.expertise-row')).map((row) =>
        Array.from(row.querySelectorAll('input')).map((el) => el.value),
      ),
    );
    expect(expertise).toEqual([
      ['ocean data assimilation', ''],
      ['sparse sensing', ''],
      ['graph neural networks', ''],
    ]);
    expect(await values(page, ['input[name=term]'])).toEqual({ 'input[name=term]': '' });
  });
});

describe('person rows are one person', () => {
  it('HotCRP new submission: only the author row holding your email gets your name and affiliation', async () => {
    const page = await open('hotcrp-new-paper.html');
    const report = await fillPage(env.session, page);
    const cells = await page.evaluate(() =>
      Array.from(document.querySelectorAll('tr.aueditc')).map((tr) =>
        Array.from(tr.querySelectorAll('input')).map((i) => i.value),
      ),
    );
    expect(cells).toEqual([
      ['ilse.varga@mi.harbourtech.example.edu.hk', 'Ilse Varga-Moreau', 'Harbour Institute of Technology'],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(report.skipped.filter((s) => /author row [234]; you are row 1/.test(s.reason))).toHaveLength(9);
    expect(await values(page, ['input[name=q]'])).toEqual({ 'input[name=q]': '' });
  });

  it('EasyChair submission: only the author block marked as corresponding is filled', async () => {
    const page = await open('easychair-submission.html');
    await fillPage(env.session, page);
    const blocks = await page.evaluate(() =>
      [1, 2, 3].map((n) =>
        ['first_name', 'last_name', 'email', 'country', 'affiliation', 'url'].map(
          (f) => document.querySelector<HTMLInputElement>(`[name=${f}${n}]`)?.value ?? '<missing>',
        ),
      ),
    );
    expect(blocks).toEqual([
      ['', '', '', '', '', ''],
      [
        'Ilse',
        'Varga-Moreau',
        'ilse.varga@mi.harbourtech.example.edu.hk',
        'hk',
        'Harbour Institute of Technology',
        'https://ilse.example.org',
      ],
      ['', '', '', '', '', ''],
    ]);
    // Keywords: one per line, as EasyChair asks.
    expect((await values(page, ['#keywords']))['#keywords']).toBe(
      'ocean data assimilation\nsparse sensing\ngraph neural networks',
    );
  });
});

describe('ids, not URLs, where a form wants ids', () => {
  it('CMT gets the bare Scholar, DBLP and OpenReview ids, the website as a URL, and domain conflicts', async () => {
    const page = await open('cmt-ids.html');
    await fillPage(env.session, page);
    expect(await values(page, ['#gs', '#dblp', '#orid', '#site', '#domains', '#s2'])).toEqual({
      '#gs': 'Qx7Lm2kAAAAJ',
      '#dblp': '311/4207',
      '#orid': '~Ilse_Varga-Moreau1',
      '#site': 'https://ilse.example.org',
      // The work emails' domains and the institution's; the first email's is under the institution's (CMT matches
      // by suffix), so it goes.
      '#domains': 'ocean-lab.example.org; harbourtech.example.edu.hk',
      // The profile has no Semantic Scholar id: empty, not invented.
      '#s2': '',
    });
  });
});

describe('places by meaning', () => {
  it('HotCRP and EasyChair sign-up choose Hong Kong where their lists have it, for a position in "Hong Kong, China"', async () => {
    // No postal address: the country comes from the current position, stored as city Hong Kong, country China.
    await loadProfile(env.session, { defaultCitationStyle: 'apa' }, { ...ACADEMIC_PROFILE, address: {} });
    const hotcrp = await open('hotcrp-account.html');
    await fillPage(env.session, hotcrp);
    expect(await values(hotcrp, ['#country', '#affiliation', 'input[name=q]'])).toEqual({
      '#country': 'HK',
      '#affiliation': 'Harbour Institute of Technology',
      'input[name=q]': '',
    });
    const easychair = await open('easychair-signup.html');
    await fillPage(env.session, easychair);
    expect(await values(easychair, ['#country', '#organization', '#user_name', '#password'])).toEqual({
      '#country': 'hk',
      '#organization': 'Harbour Institute of Technology',
      '#user_name': '',
      '#password': '',
    });
  });
});

describe('referee rows', () => {
  const REFEREES = [
    {
      id: 'ref-oest',
      name: 'Prof. Karin Oest',
      title: 'Professor of Ocean Data Science',
      institution: 'University of Lindenfeld',
      email: 'k.oest@lindenfeld.example.de',
      phone: '+49 5550 2210',
      relation: 'PhD supervisor',
    },
    {
      id: 'ref-chau',
      name: 'Dr Wing-Sze Chau',
      institution: 'Harbour Institute of Technology',
      email: 'wschau@harbourtech.example.edu.hk',
      relation: 'Postdoctoral mentor',
    },
  ];
  const FIELDS = ['position', 'first', 'last', 'org', 'email', 'tel', 'rel', 'contact'];
  const rows = (page: Page) =>
    Promise.all(
      [1, 2, 3].map(async (n) =>
        Object.values(
          await values(
            page,
            FIELDS.map((f) => `#ref${n}_${f}`),
          ),
        ),
      ),
    );

  it('fills referee rows 1 and 2 from the profile’s two referees, in order, and leaves row 3 alone', async () => {
    await loadProfile(env.session, { defaultCitationStyle: 'apa' }, { ...ACADEMIC_PROFILE, referees: REFEREES });
    const page = await open('referee-blocks.html');
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    expect(await rows(page)).toEqual([
      [
        'Professor of Ocean Data Science',
        'Karin',
        'Oest',
        'University of Lindenfeld',
        'k.oest@lindenfeld.example.de',
        '+49 5550 2210',
        'PhD supervisor',
        'false',
      ],
      [
        '',
        'Wing-Sze',
        'Chau',
        'Harbour Institute of Technology',
        'wschau@harbourtech.example.edu.hk',
        '',
        'Postdoctoral mentor',
        'false',
      ],
      ['', '', '', '', '', '', '', 'false'],
    ]);
    // The person's own block is the person's; the navbar search stays empty.
    expect(await values(page, ['#app_name', '#app_email', '#app_employer', 'input[name=q]'])).toEqual({
      '#app_name': 'Ilse Varga-Moreau',
      '#app_email': 'ilse.varga@mi.harbourtech.example.edu.hk',
      '#app_employer': 'Harbour Institute of Technology',
      'input[name=q]': '',
    });
    expect(report.skipped.find((s) => s.selector === '#ref3_email')?.reason).toMatch(
      /another person: the profile has 2 referees, this is referee row 3/,
    );
  });

  it('leaves every referee row alone for a profile without referees', async () => {
    await loadProfile(env.session, { defaultCitationStyle: 'apa' }, ACADEMIC_PROFILE);
    // Its own URL: the harness finds a tab by its URL, and the first test's tab is still open.
    const page = await open('referee-blocks.html?referees=none');
    const report = await fillPage(env.session, page);
    expect(report.ok).toBe(true);
    const empty = ['', '', '', '', '', '', '', 'false'];
    expect(await rows(page)).toEqual([empty, empty, empty]);
    expect(report.filled.filter((f) => f.selector.startsWith('#ref'))).toEqual([]);
    expect((await values(page, ['#app_email']))['#app_email']).toBe('ilse.varga@mi.harbourtech.example.edu.hk');
  });
});
