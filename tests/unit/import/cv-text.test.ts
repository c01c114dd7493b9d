/** Fictional CVs in three layouts unlike the seed CV: Markdown, ALL-CAPS with tab-separated dates, two-line entries. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCvText } from '../../../lib/import/cv-text';
import { findDateRange } from '../../../lib/import/dates';
import type { ProfileDraft } from '../../../lib/import/types';

function load(name: string): { draft: ProfileDraft; warnings: string[] } {
  const result = importCvText(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result;
}

const authorsOf = (draft: ProfileDraft) =>
  (draft.publications ?? []).map((p) =>
    (p.authors ?? [])
      .map(
        (a) =>
          `${a.name}${a.self ? ' [self]' : ''}${a.equalContribution ? ' [=]' : ''}${a.corresponding ? ' [corr]' : ''}`,
      )
      .join('; '),
  );

describe('a Markdown CV', () => {
  const { draft, warnings } = load('cv-markdown.md');

  it('reads the name with its native script, contacts and scholar links from one line each', () => {
    expect(draft.name).toEqual({
      full: 'Marisol Achterberg-Quispe',
      given: 'Marisol',
      family: 'Achterberg-Quispe',
      native: '马丽索',
    });
    expect(draft.emails?.map((e) => e.address)).toEqual(['marisol.aq@stat.eastmoor.edu']);
    expect(draft.phones?.[0]?.e164).toBe('+442079460321');
    expect(draft.links).toMatchObject({
      homepage: 'https://marisol.example.net',
      orcid: '0000-0001-5109-3700',
      googleScholar: 'Xy12AbCAAAAJ',
      github: 'marisolaq',
    });
  });

  it('reads appointments as positions, without repeating the title line of the header', () => {
    expect(
      draft.positions?.map((p) => [p.title, p.institution, p.department, p.city, p.country, p.start, p.end]),
    ).toEqual([
      ['Assistant Professor', 'University of Eastmoor', 'Department of Statistics', 'Leeds', 'GB', '2020', 'present'],
      [
        'Postdoctoral Research Fellow',
        'Harbourside University',
        'Institute of Marine Science',
        'Galway',
        'IE',
        '2017',
        '2020',
      ],
    ]);
  });

  it('reads degrees written degree-first with nested advisor and thesis bullets', () => {
    expect(draft.education).toEqual([
      {
        degree: 'Ph.D.',
        field: 'Statistics',
        institution: 'University of Fernhill',
        advisors: ['Gideon Mbeki', 'Yara Lindahl'],
        thesisTitle: 'Changepoints in Seasonal Processes',
        start: '2013',
        end: '2017',
      },
      {
        degree: 'M.Sc.',
        field: 'Applied Mathematics',
        institution: 'Lakeshore Polytechnic Institute',
        advisors: [],
        start: '2011',
        end: '2013',
      },
    ]);
  });

  it('reads numbered publications under sub-headings with equal contribution and corresponding flags', () => {
    expect(draft.publications?.map((p) => [p.label, p.type, p.status, p.year])).toEqual([
      ['1', 'journal', 'published', 2022],
      ['2', 'journal', 'published', 2019],
      ['3', 'conference', 'published', 2021],
      ['4', 'preprint', 'in-submission', 2023],
    ]);
    expect(authorsOf(draft)).toEqual([
      'M. Achterberg-Quispe [self] [=]; T. Okonjo [=]; Y. Lindahl',
      'T. Okonjo; M. Achterberg-Quispe [self] [corr]',
      'Marisol Achterberg-Quispe [self]; Priya Raman',
      'Priya Raman; Marisol Achterberg-Quispe [self] [=]; Idris Kamau [=]',
    ]);
    expect(draft.publications?.[0]).toMatchObject({
      title: 'Robust Changepoints for Seabird Counts',
      venue: 'Journal of Ecological Statistics',
      volume: '14',
      issue: '2',
      pages: '101–130',
      doi: '10.5555/jes.2022.014',
    });
    expect(draft.publications?.[3]).toMatchObject({ title: 'Bayesian Gap Filling at Scale', arxiv: '2311.04567' });
  });

  it('reads grants, talks, teaching, service, awards, skills, languages, referees and the summary', () => {
    expect(draft.grants).toEqual([
      {
        title: 'Seabird Monitoring with Changepoints',
        funder: 'Eastmoor Research Council',
        amount: '£120,000',
        role: 'PI',
        start: '2021',
        end: '2024',
      },
    ]);
    expect(draft.talks?.map((t) => [t.title, t.date, t.invited])).toEqual([
      ['Changepoints at Sea', '2023-03', true],
      ['Missing Data in Ecology', '2022', true],
    ]);
    expect(draft.teaching?.map((t) => [t.role, t.courseCode, t.title, t.term])).toEqual([
      ['instructor', 'STAT 2040', 'Time Series Analysis', 'Fall 2021'],
      ['instructor', 'STAT 3105', 'Bayesian Data Analysis', 'Spring 2022'],
    ]);
    expect(draft.service?.map((s) => [s.role, s.venue, s.start, s.end])).toEqual([
      ['associate-editor', 'Journal of Ecological Statistics', '2022', 'present'],
      ['pc-member', 'UIM', '2022', undefined],
      ['pc-member', 'UIM', '2023', undefined],
      ['reviewer', 'Annals of Coastal Data', undefined, undefined],
    ]);
    expect(draft.awards?.map((a) => [a.title, a.date])).toEqual([
      ['Best Student Paper Award', '2016'],
      ['Fernhill Doctoral Fellowship', '2013'],
    ]);
    expect(draft.skills).toEqual(['R', 'Python', 'Stan', 'Git', 'LaTeX']);
    expect(draft.languages).toEqual([
      { language: 'Spanish', proficiency: 'native' },
      { language: 'English', proficiency: 'fluent' },
      { language: 'Dutch', proficiency: 'intermediate' },
    ]);
    expect(draft.referees?.map((r) => [r.name, r.title, r.email])).toEqual([
      ['Gideon Mbeki', 'Professor of Statistics', 'g.mbeki@fernhill.example.edu'],
      ['Yara Lindahl', 'Reader in Ecology', 'yara.lindahl@harbourside.example.ac.uk'],
    ]);
    expect(draft.bios).toEqual([
      {
        name: 'Summary',
        person: 'first',
        text: 'I build statistical methods for ecological time series, with a focus on changepoints and missing data.',
      },
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('an ALL-CAPS CV with dates before a tab', () => {
  const { draft } = load('cv-allcaps-tabs.txt');

  it('reads the capitalised name in title case, the phone in brackets and the dblp link', () => {
    expect(draft.name).toMatchObject({ full: 'Kofi Benedikt Asante-Rønning', given: 'Kofi', family: 'Asante-Rønning' });
    expect(draft.phones?.[0]).toMatchObject({ raw: '(+47) 912 34 567', e164: '+4791234567' });
    expect(draft.links).toMatchObject({ homepage: 'https://kofi-ar.example.io', dblp: '99/8765' });
    expect(draft.address).toEqual({ lines: ['Karl Johans gate 1, 0154 Oslo, Norway'], country: 'NO' });
  });

  it('reads numeric month ranges, open ends and indented details', () => {
    expect(draft.experience?.map((e) => [e.role, e.organisation, e.location, e.start, e.end, e.mentors])).toEqual([
      ['Research Scientist', 'Northwind Robotics Research', 'Oslo', '2021-03', 'present', []],
      ['Research Intern', 'Fjordline AI Lab', 'Bergen', '2019-09', '2021-02', ['Ingrid Solheim']],
    ]);
    expect(draft.experience?.[0]?.description).toBe('Leads the manipulation team. Shipped the tactile grasping stack.');
    expect(draft.positions).toBeUndefined();
    expect(draft.education?.[0]).toMatchObject({
      degree: 'Ph.D.',
      field: 'Computer Science',
      institution: 'Technical University of Trondvik',
      country: 'NO',
      advisors: ['Anders Kvaløy'],
      thesisTitle: 'Learning Contact-Rich Manipulation from Demonstration',
    });
  });

  it('reads "Family, I." author lists and types from venues', () => {
    expect(draft.publications?.map((p) => [p.label, p.type, p.title, p.venue, p.year])).toEqual([
      ['J1', 'journal', 'Tactile Priors for Dexterous Grasping', 'IEEE Transactions on Robotics', 2024],
      [
        'C2',
        'conference',
        'Safe Exploration with Contact Constraints',
        'Proceedings of the International Conference on Robotics and Automation (ICRA)',
        2020,
      ],
      ['C1', 'conference', 'Demonstrations Are Not Enough', 'Robotics: Science and Systems (RSS)', 2019],
      ['W1', 'workshop', 'Touch Matters', 'CoRL Workshop on Tactile Sensing', 2018],
    ]);
    expect(authorsOf(draft)[2]).toBe('Kvaløy, A.; Asante-Rønning, K. B. [self]; Mensah, E.');
  });

  it('reads interests on one line, service lists and languages with levels', () => {
    expect(draft.interests).toEqual([
      'Robot learning',
      'sim-to-real transfer',
      'safe reinforcement learning',
      'tactile sensing',
    ]);
    expect(draft.service?.map((s) => `${s.role} ${s.venue} ${s.start ?? ''}`.trim())).toEqual([
      'area-chair CoRL 2023',
      'area-chair CoRL 2024',
      'reviewer ICRA',
      'reviewer IROS',
      'reviewer RSS',
      'reviewer IEEE Robotics and Automation Letters',
    ]);
    expect(draft.languages?.map((l) => l.language)).toEqual(['English', 'Norwegian', 'Twi']);
    expect(draft.awards?.map((a) => [a.title, a.awarder, a.date])).toEqual([
      ['Best Dissertation Award', 'Norwegian Robotics Society', '2019'],
      ['IROS Travel Award', undefined, '2016'],
    ]);
  });
});

describe('a CV with two-line entries and underlined headings', () => {
  const { draft } = load('cv-two-line.txt');

  it('takes the honorific off the name and keeps the header title as the current position', () => {
    expect(draft.name).toEqual({
      full: 'Anneliese Okonkwo-Varga',
      given: 'Anneliese',
      family: 'Okonkwo-Varga',
      honorific: 'Dr.',
    });
    expect(draft.links).toEqual({ linkedin: 'aokonkwovarga', openReview: '~Anneliese_Okonkwo-Varga1' });
    expect(draft.positions).toEqual([
      {
        title: 'Lecturer in Computational Linguistics',
        institution: 'Kestrel University',
        department: 'School of Informatics',
        end: 'present',
      },
    ]);
  });

  it('joins the institution line with the degree line below it', () => {
    expect(
      draft.education?.map((e) => [e.degree, e.field, e.institution, e.start, e.end, e.advisors, e.thesisTitle]),
    ).toEqual([
      [
        'Ph.D.',
        'Informatics',
        'Kestrel University',
        '2014-09',
        '2018-06',
        ['Halvard Quist'],
        'Morphology-aware Neural Translation',
      ],
      ['B.A.', 'Linguistics', 'University of Szeged', '2010', '2014', [], undefined],
    ]);
  });

  it('reads "Org | Role | City" entries with dates on the next line', () => {
    expect(draft.experience?.map((e) => [e.role, e.organisation, e.location, e.start, e.end, e.description])).toEqual([
      [
        'Research Intern',
        'Marlowe Language Technologies',
        'London',
        '2017-06',
        '2017-09',
        'Built a tokeniser for agglutinative languages.',
      ],
      [
        'Research Assistant',
        'Kestrel University',
        undefined,
        '2014-10',
        '2017-05',
        'Annotated a treebank of Hungarian legal text.',
      ],
    ]);
  });

  it('reads unnumbered publications with the year after the authors', () => {
    expect(draft.publications?.map((p) => [p.type, p.title, p.year, p.volume, p.pages])).toEqual([
      ['journal', 'Subword Units for Agglutinative Morphology', 2019, '7', '512–530'],
      ['workshop', 'Treebanks from Legal Text', 2018, undefined, undefined],
    ]);
    expect(authorsOf(draft)[1]).toBe('Anneliese Okonkwo-Varga [self] [=]; Tamsin Reeve [=]; Halvard Quist');
    expect(draft.teaching).toEqual([
      {
        role: 'teaching-assistant',
        courseCode: 'INFR 10078',
        title: 'Natural Language Processing',
        institution: 'Kestrel University',
        term: 'Spring 2016',
        year: 2016,
      },
    ]);
  });
});

describe('date ranges in every common form', () => {
  it.each([
    ['2021-2025', '2021', '2025'],
    ['Sep. 2023 - Dec. 2023', '2023-09', '2023-12'],
    ['Oct. 2022 – Present', '2022-10', 'present'],
    ['2019–present', '2019', 'present'],
    ['03/2020 – 05/2021', '2020-03', '2021-05'],
    ['2020.03-2021.05', '2020-03', '2021-05'],
    ['September 2018 to June 2020', '2018-09', '2020-06'],
    ['since 2022', '2022', 'present'],
    ['Jul. 2023', '2023-07', undefined],
  ])('reads %s', (text, start, end) => {
    const range = findDateRange(`Some Entry, Somewhere\t${text}`);
    expect([range?.start, range?.end]).toEqual([start, end]);
  });

  it('does not take a year inside a title for the entry date', () => {
    expect(findDateRange('Registration Grant for ICML 2023 workshop attendees')).toBeUndefined();
  });
});

describe('what the CV text importer refuses', () => {
  it('says so when the text has no CV headings', () => {
    const result = importCvText('just some words\nand more words');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^No CV sections found/);
  });
});
