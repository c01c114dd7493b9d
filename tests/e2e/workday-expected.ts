/**
 * What the Workday replica (tests/fixtures/workday) holds after each step is filled, for Chromium and Firefox alike:
 * React's own state, read from the page's #state; and the steps a person takes through it, for either browser.
 */
import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import { CV_PDF, PROFILE } from './fill-helpers';
import { serveStatic, type StaticServer } from './harness';
import { buildReactFixture } from './react-fixture';

/** The replica built and served on 127.0.0.1 (its page is /index.html); close() stops it and removes the build. */
async function serveWorkdayReplica(): Promise<StaticServer> {
  const dir = await buildReactFixture('workday');
  const server = await serveStatic(dir);
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Aurelia (fictional) with a doctorate from ETH, skills the list offers and one it does not (Coq). */
const WORKDAY_PROFILE = {
  ...PROFILE,
  education: [{ ...PROFILE.education[0], institution: 'ETH Zurich' }, PROFILE.education[1]],
  skills: ['Python', 'Coq'],
};

/** For useFillSession: the replica served, and Aurelia's Workday profile loaded (in Chromium, or with `launch`). */
export const WORKDAY_SESSION = { serve: serveWorkdayReplica, profile: WORKDAY_PROFILE };

export interface WorkdayState {
  step: string;
  info: Record<string, string>;
  exp: {
    work: Record<string, unknown>[];
    education: Record<string, unknown>[];
    certifications: unknown[];
    languages: unknown[];
    websites: { url: string }[];
    skills: string[];
    resume: string[];
  };
  questions: Record<string, string>;
  disclosures: Record<string, unknown>;
}

/** What Playwright's and Puppeteer's pages both offer: a click, and an expression evaluated in the page. */
export interface WorkdayPage {
  click(selector: string): Promise<void>;
  evaluate(expression: string): Promise<unknown>;
}

/** What React itself holds, not only what the DOM shows. */
export async function workdayState(page: WorkdayPage): Promise<WorkdayState> {
  const text = await page.evaluate(`document.getElementById('state')?.textContent ?? '{}'`);
  return JSON.parse(String(text)) as WorkdayState;
}

/** "Save and Continue", then wait for the step titled `next` to be swapped in. */
export async function saveAndContinue(page: WorkdayPage, next: string): Promise<void> {
  await page.click('[data-automation-id="bottom-navigation-next-button"]');
  const title = () => page.evaluate(`document.querySelector('[data-automation-id=pageHeaderTitle]')?.textContent`);
  await expect.poll(title, { timeout: 30_000 }).toBe(next);
}

/** Wait until React holds `expected` as My Experience (an automatic fill runs in the background). */
export async function waitForExperience(page: WorkdayPage, expected: WorkdayState['exp']): Promise<void> {
  await expect.poll(async () => (await workdayState(page)).exp, { timeout: 60_000, interval: 100 }).toEqual(expected);
}

const INFO = {
  source: '',
  previousWorker: '',
  country: 'Canada',
  firstName: 'Aurelia',
  lastName: 'Quintero-Vance',
  addressLine1: '4 Lantern Row',
  city: 'Port Ellery',
  region: 'Ontario',
  postalCode: 'K7L 3N6',
  email: 'aurelia.qv@cs.northbridge.example.edu',
  phoneType: '',
  phone: '(555) 013-2288',
};

/** A work row as React holds it; `start` and `end` as 'MM/YYYY', no `end` for the job held now. */
function workRow(jobTitle: string, companyName: string, location: string, start: string, end?: string) {
  const date = (d = '/') => {
    const [month = '', year = ''] = d.split('/');
    return { month, year };
  };
  const current = end === undefined;
  const dates = { currentlyWorkHere: current, startDate: date(start), endDate: date(end) };
  return { jobTitle, companyName, location, ...dates, roleDescription: '' };
}

/** An education row as React holds it: years only, no grade. */
function educationRow(schoolName: string, degree: string, fieldOfStudy: string, first: string, last: string) {
  const year = (y: string) => ({ month: '', year: y });
  return {
    schoolName,
    degree,
    fieldOfStudy,
    gradeAverage: '',
    firstYearAttended: year(first),
    lastYearAttended: year(last),
  };
}

const EXPERIENCE = {
  work: [
    workRow('Assistant Professor', 'Northbridge University', 'Port Ellery, Canada', '07/2022'),
    workRow('Postdoctoral Fellow', 'Halvorsen Institute', 'Denmark', '01/2020', '06/2022'),
  ],
  education: [
    educationRow(
      'Swiss Federal Institute of Technology Zurich (ETH Zurich)',
      'Doctorate',
      'Computer Science',
      '2015',
      '2019',
    ),
    educationRow('University of Westmarch', "Bachelor's Degree", 'Mathematics', '2011', '2015'),
  ],
  // The profile has no certifications and no languages: their sections keep no rows.
  certifications: [],
  languages: [],
  websites: [
    { url: 'https://aurelia.example.org' },
    { url: 'https://orcid.org/0000-0002-1825-0097' },
    { url: 'https://scholar.google.com/citations?user=AbCdEf123456' },
    { url: 'https://dblp.org/pid/123/4567.html' },
    { url: 'https://github.com/aqvance' },
  ],
  // Coq and "program synthesis" are not offered: never invented.
  skills: ['Python (Programming Language)', 'Machine Learning'],
  resume: [`Quintero-Vance-CV.pdf (${CV_PDF.length} bytes, application/pdf)`],
};

const EMPTY_QUESTIONS = {
  'q-authorised': '',
  'q-sponsorship': '',
  'q-heard': '',
  'q-degree': '',
  'q-why': '',
  'q-research': '',
  'q-start': '',
};
const EMPTY_DISCLOSURES = { gender: '', ethnicity: '', veteran: '', disability: '', terms: false };

/**
 * What React holds once Vitae has filled every step: My Information and My Experience from the profile, and the
 * questions and disclosures, which stay the person's, empty.
 */
export const FILLED = {
  info: INFO,
  exp: EXPERIENCE,
  questions: EMPTY_QUESTIONS,
  disclosures: EMPTY_DISCLOSURES,
} satisfies Omit<WorkdayState, 'step'>;
