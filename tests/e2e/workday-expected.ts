/**
 * What the Workday replica (tests/fixtures/workday) holds after each step is filled, for Chromium and Firefox alike:
 * React's own state, read from the page's #state.
 */
import { rmSync } from 'node:fs';
import { CV_PDF, PROFILE } from './fill-helpers';
import { serveStatic, type StaticServer } from './harness';
import { buildReactFixture } from './react-fixture';

/** The replica built and served on 127.0.0.1 (its page is /index.html); close() stops it and removes the build. */
export async function serveWorkdayReplica(): Promise<StaticServer> {
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
export const WORKDAY_PROFILE = {
  ...PROFILE,
  education: [{ ...PROFILE.education[0], institution: 'ETH Zurich' }, PROFILE.education[1]],
  skills: ['Python', 'Coq'],
};

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

export const EXPECTED_INFO = {
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

export const EXPECTED_EXPERIENCE = {
  work: [
    {
      jobTitle: 'Assistant Professor',
      companyName: 'Northbridge University',
      location: 'Port Ellery, Canada',
      currentlyWorkHere: true,
      startDate: { month: '07', year: '2022' },
      endDate: { month: '', year: '' },
      roleDescription: '',
    },
    {
      jobTitle: 'Postdoctoral Fellow',
      companyName: 'Halvorsen Institute',
      location: 'Denmark',
      currentlyWorkHere: false,
      startDate: { month: '01', year: '2020' },
      endDate: { month: '06', year: '2022' },
      roleDescription: '',
    },
  ],
  education: [
    {
      schoolName: 'Swiss Federal Institute of Technology Zurich (ETH Zurich)',
      degree: 'Doctorate',
      fieldOfStudy: 'Computer Science',
      gradeAverage: '',
      firstYearAttended: { month: '', year: '2015' },
      lastYearAttended: { month: '', year: '2019' },
    },
    {
      schoolName: 'University of Westmarch',
      degree: "Bachelor's Degree",
      fieldOfStudy: 'Mathematics',
      gradeAverage: '',
      firstYearAttended: { month: '', year: '2011' },
      lastYearAttended: { month: '', year: '2015' },
    },
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

export const EMPTY_QUESTIONS = {
  'q-authorised': '',
  'q-sponsorship': '',
  'q-heard': '',
  'q-degree': '',
  'q-why': '',
  'q-research': '',
  'q-start': '',
};
export const EMPTY_DISCLOSURES = { gender: '', ethnicity: '', veteran: '', disability: '', terms: false };
