// @vitest-environment happy-dom
/** The academic answers of issue #13, on small fictional profiles and fields. */
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';
import type { FieldDescriptor } from '../../../lib/engine/types';
import { addressLines, placeAnswer, postalAddress } from '../../../lib/engine/answers/address';
import { conflictDomains, countInLabel } from '../../../lib/engine/answers/scholarly';
import { emailOfKind } from '../../../lib/engine/answers/identity';
import { expandField } from '../../../lib/messaging/compact-fields';
import { careerStage, currentAffiliation, historyRows, stageOfOption, stageOfTitle } from '../../../lib/profile/views';
import { navigationSearch } from '../../../lib/engine/academic-classify';
import { classifyPage } from '../../../lib/engine/classify';
import { planFill } from '../../../lib/engine/plan';
import { collectFromHtml } from './collect-html';

function profile(patch: Partial<Profile>): Profile {
  return { ...emptyProfile('p-unit', 'Academic', '2026-01-01T00:00:00.000Z'), ...patch };
}

/** A visible text input; what the test gives, the rest empty as the collector leaves it (lib/messaging/compact-fields.ts). */
function field(patch: Partial<FieldDescriptor>): FieldDescriptor {
  return expandField({ id: 'f1', selector: '#f1', control: 'input', type: 'text', fillable: true, ...patch });
}

const phdStudent = profile({
  education: [
    {
      id: 'e1',
      degree: 'Ph.D.',
      institution: 'Fjordvik University',
      country: 'NO',
      start: '2023-09',
      end: 'present',
      advisors: [],
    },
    { id: 'e2', degree: 'M.Sc.', institution: 'Eastmere College', start: '2021', end: '2023', advisors: [] },
  ],
});

describe('the current affiliation', () => {
  it('comes from education in progress when there is no current position, and says so', () => {
    const a = currentAffiliation(phdStudent);
    expect(a).toMatchObject({ institution: 'Fjordvik University', from: 'education' });
    expect(a?.source).toBe('education in progress');
    expect(careerStage(phdStudent)?.stage).toBe('phd-student');
  });

  it('prefers an open-ended position over any degree', () => {
    const p = profile({
      ...phdStudent,
      positions: [
        { id: 'p1', title: 'Lecturer', institution: 'Saltmarsh University', start: '2025-01', end: 'present' },
      ],
    });
    expect(currentAffiliation(p)).toMatchObject({ institution: 'Saltmarsh University', from: 'position' });
    expect(careerStage(p)?.stage).toBe('faculty');
  });

  it('is never an address: address lines that only name the affiliation are no postal address', () => {
    const p = profile({
      positions: [
        { id: 'p1', title: '', institution: 'Saltmarsh University', department: 'School of Physics', end: 'present' },
      ],
      address: { lines: ['School of Physics', 'Saltmarsh University'] },
    });
    expect(postalAddress(p)).toBeUndefined();
    const real = profile({
      address: { lines: ['4 Heron Quay'], city: 'Saltmarsh', postalCode: 'SM1 2AB', country: 'GB' },
    });
    expect(addressLines(postalAddress(real)!)).toEqual(['4 Heron Quay', 'Saltmarsh', 'SM1 2AB', 'United Kingdom']);
  });
});

describe('emails by kind', () => {
  it('answers every kind with a single email except "alternative"', () => {
    const p = profile({ emails: [{ address: 'only@fjordvik.example.no', kind: 'academic', primary: true }] });
    expect(emailOfKind('email.personal', p)).toMatchObject({ kind: 'text', text: 'only@fjordvik.example.no' });
    expect(emailOfKind('email.work', p)).toMatchObject({ kind: 'text', text: 'only@fjordvik.example.no' });
    expect(emailOfKind('email.alternative', p).kind).toBe('none');
  });
});

describe('places and stages by meaning', () => {
  const cities = (texts: string[]) => texts.map((t, i) => ({ value: `v${i}`, text: t }));
  it('chooses Hong Kong when listed and China when not, for a CV that says "Hong Kong, China"', () => {
    const withHk = placeAnswer(
      field({ control: 'select', options: cities(['China', 'Hong Kong SAR', 'Japan']) }),
      'CN',
      'Hong Kong',
    );
    expect(withHk).toMatchObject({ kind: 'choice', candidates: ['Hong Kong SAR', 'v1'] });
    const without = placeAnswer(field({ control: 'select', options: cities(['China', 'Japan']) }), 'CN', 'Hong Kong');
    expect(without).toMatchObject({ kind: 'choice', candidates: ['China', 'v0'] });
    const macao = placeAnswer(field({ control: 'select', options: cities(['China', 'Macau']) }), 'CN', 'Macao');
    expect(macao).toMatchObject({ candidates: ['Macau', 'v1'] });
  });

  it('reads career stages in their many spellings', () => {
    expect(stageOfOption('Ph.D. Candidate')).toBe('phd-student');
    expect(stageOfOption('PhD student')).toBe('phd-student');
    expect(stageOfOption('Faculty')).toBe('faculty');
    expect(stageOfTitle('Assistant Professor')).toBe('faculty');
    expect(stageOfOption('Postdoctoral researcher')).toBe('postdoc');
    expect(stageOfTitle('Postdoc')).toBe('postdoc');
  });
});

describe('lists and ids', () => {
  it('reads how many entries a label asks for', () => {
    expect(countInLabel('list your five most significant publications')).toBe(5);
    expect(countInLabel('selected publications (max 3)')).toBe(3);
    expect(countInLabel('recent publications')).toBeUndefined();
  });

  it('builds domain conflicts from work email domains and institutions, never from webmail', () => {
    const p = profile({
      emails: [
        { address: 'a@cs.fjordvik.example.no', kind: 'academic', primary: true },
        { address: 'a@gmail.com', kind: 'other', primary: false },
      ],
      positions: [
        {
          id: 'p1',
          title: 'Researcher',
          institution: 'Fjordvik University',
          institutionDomain: 'fjordvik.example.no',
          end: 'present',
        },
      ],
    });
    expect(conflictDomains(p, new Date('2026-06-01'))).toEqual(['fjordvik.example.no']);
  });

  it('orders history rows latest first, degrees as student stages', () => {
    expect(historyRows(phdStudent).map((r) => [r.position, r.institution])).toEqual([
      ['PhD student', 'Fjordvik University'],
      ['MS student', 'Eastmere College'],
    ]);
  });
});

describe('navigation and author rows', () => {
  it('knows a navbar search box by its words, type or form', () => {
    expect(navigationSearch(field({ placeholder: 'Search OpenReview...' }))).toBeDefined();
    expect(navigationSearch(field({ type: 'search' }))).toBeDefined();
    expect(navigationSearch(field({ form: 'searchform', name: 'q' }))).toBeDefined();
    expect(navigationSearch(field({ labelFor: 'Research areas' }))).toBeUndefined();
  });

  it('fills the first author row when the form asks for the submitting author first, and no other', () => {
    const rows = [1, 2]
      .map(
        (n) =>
          `<tr><td><input name="author[${n}][name]" placeholder="Name"></td><td><input name="author[${n}][email]" type="email" placeholder="Email"></td></tr>`,
      )
      .join('');
    const html = `<form><h2>Authors</h2><p>List the submitting author first.</p><table>${rows}</table></form>`;
    const { page } = collectFromHtml(html, { url: 'https://submit.example.org/new' });
    for (const f of page.fields) f.description = 'List the submitting author first.';
    const p = profile({
      name: { full: 'Runa Fjell', given: 'Runa', family: 'Fjell' },
      emails: [{ address: 'runa@fjordvik.example.no', kind: 'academic', primary: true }],
    });
    const plan = planFill(page, classifyPage(page), p, { documents: [], overwrite: false });
    const byName = (name: string) => plan.steps.find((s) => page.fields.find((f) => f.id === s.fieldId)?.name === name);
    expect(byName('author[1][name]')).toMatchObject({ value: 'Runa Fjell' });
    expect(byName('author[1][email]')).toMatchObject({ value: 'runa@fjordvik.example.no' });
    expect(byName('author[2][name]')).toBeUndefined();
    expect(byName('author[2][email]')).toBeUndefined();
  });
});
