import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { describe, expect, it } from 'vitest';
import { exportProfile } from '../../../lib/export';
import { toJsonResume } from '../../../lib/export/json-resume';
import { parseImport } from '../../../lib/import';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function validator() {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(draft04);
  return ajv.compile(JSON.parse(fixture('json-resume-schema-v1.0.0.json')));
}
const validate = validator();

async function importInto(profile: Profile, text: string, format: 'json-resume' | 'auto' = 'json-resume') {
  const parsed = await parseImport({ format, text });
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.value.kind !== 'profile') throw new Error('expected a profile');
  return { ...mergeIntoProfile(profile, parsed.value.draft, { exclude: [] }), importWarnings: parsed.value.warnings };
}

describe('JSON Resume import', () => {
  it('reads the basics, scholar identities and sections of a rich resume', async () => {
    const { profile, summary } = await importInto(emptyProfile('p1'), fixture('json-resume-rich.json'));
    expect(profile.name).toMatchObject({ full: 'Elena Márquez Duarte', given: 'Elena', family: 'Duarte' });
    expect(profile.emails).toEqual([{ address: 'elena.marquez@cs.northvale.edu', kind: 'academic', primary: true }]);
    expect(profile.phones[0]).toMatchObject({ raw: '+1 617 555 0142', e164: '+16175550142' });
    expect(profile.address).toMatchObject({ city: 'Northvale', country: 'US', postalCode: '02139' });
    expect(profile.links).toMatchObject({
      homepage: 'https://elena.example.org',
      orcid: '0000-0002-1825-0097',
      googleScholar: 'aBcD3fGAAAAJ',
      dblp: '123/4567',
      semanticScholar: '2109876543',
      openReview: '~Elena_Marquez_Duarte1',
      github: 'emarquezd',
      linkedin: 'elena-marquez-duarte',
      other: [{ label: 'Mastodon', url: 'https://sigmoid.example.social/@elena' }],
    });
    expect(profile.positions).toHaveLength(1);
    expect(profile.positions[0]).toMatchObject({
      institution: 'University of Northvale',
      start: '2022-09',
      end: 'present',
    });
    expect(profile.experience[0]).toMatchObject({ role: 'Research Intern', organisation: 'Larchmont Research Lab' });
    expect(profile.education[0]).toMatchObject({ degree: 'Ph.D.', field: 'Computer Science', end: '2019-06' });
    expect(profile.publications[0]).toMatchObject({
      title: 'Robust Unrolled Solvers',
      year: 2023,
      month: 7,
      type: 'conference',
    });
    expect(profile.languages).toEqual([
      { language: 'Spanish', proficiency: 'Native speaker' },
      { language: 'English', proficiency: 'Fluent' },
    ]);
    expect(profile.bios[0]).toMatchObject({ person: 'third' });
    expect(summary.publications).toMatchObject({ added: 1, changed: 0, kept: 0 });
  });

  it('round-trips every standard field: JSON Resume → import → export', async () => {
    const original = JSON.parse(fixture('json-resume-rich.json'));
    const { profile } = await importInto(emptyProfile('p1'), fixture('json-resume-rich.json'));
    const exported = toJsonResume(profile) as Record<string, unknown>;
    const strip = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(strip)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([k]) => k !== 'x-vitae')
                .map(([k, v]) => [k, strip(v)]),
            )
          : value;
    const ours = strip(exported) as Record<string, unknown>;
    for (const section of Object.keys(original)) expect(ours[section], section).toEqual(original[section]);
  });

  it('exports a valid JSON Resume v1.0.0 and reads its own export back to the same profile', async () => {
    const { profile } = await importInto(emptyProfile('p1'), fixture('json-resume-rich.json'));
    const rich: Profile = {
      ...profile,
      name: { ...profile.name, native: 'エレナ', pronouns: 'she/her', honorific: 'Dr.' },
      emails: [...profile.emails, { address: 'elena@example.org', kind: 'personal', primary: false }],
      service: [{ id: 's1', role: 'area-chair', venue: 'ICLR 2025', venueKind: 'conference', start: '2025' }],
      teaching: [
        { id: 't1', role: 'instructor', courseCode: 'CS 410', title: 'Optimisation', term: 'Fall 2023', year: 2023 },
      ],
      talks: [{ id: 'k1', title: 'Unrolling, revisited', event: 'Optimisation Days', date: '2024-05', invited: true }],
      grants: [
        { id: 'g1', title: 'Robust learned solvers', funder: 'NVSF', amount: '$500,000', start: '2023', end: '2026' },
      ],
      keywords: ['robustness'],
      publications: profile.publications.map((p) => ({
        ...p,
        doi: '10.1234/rus.2023',
        authors: [
          { name: 'Elena Márquez Duarte', self: true, equalContribution: true, corresponding: false },
          { name: 'Kofi Mensah', self: false, equalContribution: true, corresponding: true },
        ],
      })),
      education: profile.education.map((e) => ({
        ...e,
        advisors: ['Tomasz Wierzbicki'],
        thesisTitle: 'On robust solvers',
      })),
    };
    const response = await exportProfile(rich, { type: 'profile.export', format: 'json-resume' });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const data = JSON.parse(response.data);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.basics.profiles.map((p: { network: string }) => p.network)).toEqual([
      'ORCID',
      'Google Scholar',
      'DBLP',
      'Semantic Scholar',
      'OpenReview',
      'GitHub',
      'LinkedIn',
      'Mastodon',
    ]);
    const back = (await importInto(emptyProfile('p1'), response.data)).profile;
    const { id: _a, createdAt: _b, updatedAt: _c, ...want } = rich;
    const { id: _d, createdAt: _e, updatedAt: _f, ...got } = back;
    const withoutIds = (p: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(p, (k, v) => (k === 'id' ? undefined : v)));
    expect(withoutIds(got)).toEqual(withoutIds(want));
  });

  it('leaves out fields of the wrong type and says which', async () => {
    const text = JSON.stringify({
      basics: { name: 'Ruth Okonkwo', email: 42, profiles: 'not a list', location: { city: ['x'] } },
      work: [{ name: 'Lakeside College', position: 'Lecturer', startDate: '2020-01' }, 'junk'],
      education: { institution: 'not a list' },
    });
    const parsed = await parseImport({ format: 'json-resume', text });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value.kind !== 'profile') return;
    expect(parsed.value.draft.name?.full).toBe('Ruth Okonkwo');
    expect(parsed.value.draft.positions).toHaveLength(1);
    expect(parsed.value.warnings).toEqual(
      expect.arrayContaining([
        'Left out basics.email: it is a number, expected text.',
        'Left out basics.profiles: it is a string, expected a list.',
        'Left out basics.location.city: it is a list, expected text.',
        'Left out work[1]: it is a string, expected an object.',
        'Left out education: it is an object, expected a list.',
      ]),
    );
  });

  it('refuses JSON that is not a resume', async () => {
    const parsed = await parseImport({ format: 'json-resume', text: '[1, 2, 3]' });
    expect(parsed).toEqual({ ok: false, error: 'Not a JSON Resume: the file is not a JSON object.' });
  });
});
