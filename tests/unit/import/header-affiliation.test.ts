/** The lines under the name that say where a person works become their current position, never a postal address. */
import { describe, expect, it } from 'vitest';
import { importCvText } from '../../../lib/import/cv-text';
import type { ProfileDraft } from '../../../lib/import/types';

function draftOf(header: string): ProfileDraft {
  const result = importCvText(`${header}\n\nEDUCATION\n\nPh.D. in Botany, Karsthaven University, 2015–2020\n`);
  if (!result.ok) throw new Error(result.error);
  return result.draft;
}

describe('the affiliation in a CV header', () => {
  it('turns a department and a university line into a current position without an address', () => {
    const draft = draftOf(
      'Ilse Vanderhaegen\nSchool of Plant Sciences\nKarsthaven University\nilse@plants.karsthaven.edu',
    );
    expect(draft.positions).toEqual([
      { title: '', institution: 'Karsthaven University', department: 'School of Plant Sciences', end: 'present' },
    ]);
    expect(draft.address).toBeUndefined();
  });

  it('takes the role from the header when it gives one, and the place from the line after it', () => {
    const draft = draftOf(
      'Tomasz Okafor-Lind\nAssistant Professor\nDepartment of Geodesy, Polytechnic University of Marrowby\n' +
        'Hong Kong, China\ntomasz@geo.marrowby.edu.hk',
    );
    expect(draft.positions).toEqual([
      {
        title: 'Assistant Professor',
        institution: 'Polytechnic University of Marrowby',
        department: 'Department of Geodesy',
        city: 'Hong Kong',
        country: 'HK',
        end: 'present',
      },
    ]);
    expect(draft.address).toBeUndefined();
  });

  it('keeps a street address as the address and the institution out of it', () => {
    const draft = draftOf(
      'Renata Solberg\nPh.D. Candidate, Institute of Marine Chemistry\nNorthcliff University\n' +
        '12 Harbour Road, Room 301\nMacau, China',
    );
    expect(draft.positions?.[0]).toMatchObject({
      title: 'Ph.D. Candidate',
      institution: 'Northcliff University',
      department: 'Institute of Marine Chemistry',
      country: 'MO',
    });
    expect(draft.address).toEqual({ lines: ['12 Harbour Road, Room 301', 'Macau, China'], country: 'MO' });
  });

  it('reads Taiwan written as part of China as Taiwan, keeping the city', () => {
    const result = importCvText(
      'Mei-Lin Sato\n\nEDUCATION\n\nPh.D., Ocean Physics, Coral Bay University, Hsinchu, Taiwan, China, 2012–2017\n',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.education?.[0]).toMatchObject({ institution: 'Coral Bay University', country: 'TW' });
  });
});

describe('rows the editor would reject', () => {
  const cv =
    'Ilse Vanderhaegen\nSchool of Plant Sciences\nKarsthaven University\n\nEDUCATION\n\n' +
    'Ph.D., Plant Sciences, Karsthaven University, 2019–2024\n\nEXPERIENCE\n\n' +
    'Mar. 2021 – Jun. 2022 KU Advisor: Prof. Ansel Brightwater\n' +
    'Jan. 2017 – Feb. 2018 Fennick Seeds Ltd.\n';

  it('infers a role from the degree the person was taking there, and lists what it cannot infer', async () => {
    const { parseImport } = await import('../../../lib/import');
    const { mergeIntoProfile } = await import('../../../lib/import/merge');
    const { emptyProfile } = await import('../../../lib/profile/create');
    const parsed = await parseImport({ format: 'cv-text', text: cv });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('not imported');
    expect(parsed.value.draft.experience?.map((e) => [e.role, e.organisation])).toEqual([
      ['Ph.D. Student', 'KU'],
      ['', 'Fennick Seeds Ltd.'],
    ]);
    const preview = mergeIntoProfile(emptyProfile('t'), parsed.value.draft, { exclude: [] });
    expect(preview.missing.map((m) => [m.section, m.index, m.field, m.row])).toEqual([
      ['positions', 0, 'title', 'Karsthaven University'],
      ['experience', 1, 'role', 'Fennick Seeds Ltd. (2017-01)'],
    ]);
    const fixed = mergeIntoProfile(emptyProfile('t'), parsed.value.draft, {
      exclude: [],
      fixes: [
        { section: 'positions', index: 0, field: 'title', value: 'Postdoctoral Researcher' },
        { section: 'experience', index: 1, field: 'role', value: 'Lab Technician' },
      ],
    });
    expect(fixed.missing).toEqual([]);
    expect(fixed.profile.positions[0]?.title).toBe('Postdoctoral Researcher');
    expect(fixed.profile.experience.map((e) => e.role)).toEqual(['Ph.D. Student', 'Lab Technician']);
  });
});
