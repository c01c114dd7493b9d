import { describe, expect, it } from 'vitest';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';

function stored(): Profile {
  return {
    ...emptyProfile('p1'),
    name: { full: 'Ines Varga', given: 'Ines', family: 'Varga' },
    links: { homepage: 'https://ines.example.org', other: [] },
    positions: [
      { id: 'pos1', title: 'Lecturer', institution: 'Harrow Bay University', start: '2020-09', end: 'present' },
    ],
    education: [
      { id: 'ed1', degree: 'PhD', institution: 'Institute of Fennwick', start: '2015', end: '2020', advisors: [] },
    ],
    publications: [
      {
        id: 'pub1',
        type: 'preprint',
        title: 'Sparse Gradients at Scale',
        authors: [],
        arxiv: '2301.01234',
        status: 'published',
        selected: true,
      },
      {
        id: 'pub2',
        type: 'journal',
        title: 'On Tidal Models',
        authors: [],
        doi: '10.5555/tidal.1',
        status: 'published',
        selected: false,
      },
    ],
  };
}

describe('merging an import into the stored profile', () => {
  it('recognises publications by arXiv id, DOI and normalised title, and completes them', () => {
    const { profile, summary } = mergeIntoProfile(
      stored(),
      {
        publications: [
          {
            type: 'conference',
            title: 'Sparse gradients at scale',
            arxiv: 'arXiv:2301.01234v3',
            venue: 'SysML 2024',
            year: 2024,
          },
          { type: 'journal', title: 'On tidal models (extended)', doi: 'https://doi.org/10.5555/TIDAL.1' },
          { type: 'journal', title: 'ON TIDAL MODELS', year: 2019 },
          { type: 'workshop', title: 'A New Paper Entirely' },
        ],
      },
      { exclude: [] },
    );
    expect(profile.publications).toHaveLength(3);
    expect(profile.publications[0]).toMatchObject({
      id: 'pub1',
      type: 'preprint',
      venue: 'SysML 2024',
      year: 2024,
      selected: true,
    });
    expect(profile.publications[1]).toMatchObject({ id: 'pub2', title: 'On Tidal Models', year: 2019 });
    expect(summary.publications).toMatchObject({ added: 1, changed: 2, kept: 0 });
    expect(summary.publications?.items).toEqual([
      'changed: Sparse Gradients at Scale (2024)',
      'changed: On Tidal Models (2019)',
      'added: A New Paper Entirely',
    ]);
  });

  it('never overwrites a filled value with an empty one', () => {
    const { profile, summary } = mergeIntoProfile(
      stored(),
      {
        name: { full: '', given: 'Ines' },
        links: { homepage: '' },
        positions: [{ title: '', institution: 'Harrow Bay University', start: '2020-09' }],
      },
      { exclude: [] },
    );
    expect(profile.name.full).toBe('Ines Varga');
    expect(profile.links.homepage).toBe('https://ines.example.org');
    expect(profile.positions).toEqual(stored().positions);
    expect(summary.name).toMatchObject({ added: 0, changed: 0, kept: 1 });
  });

  it('recognises positions and degrees by institution and dates', () => {
    const { profile, summary } = mergeIntoProfile(
      stored(),
      {
        positions: [
          {
            title: 'Lecturer in Statistics',
            institution: 'Harrow Bay University',
            start: '2020-09',
            department: 'Maths',
          },
          { title: 'Lecturer', institution: 'Harrow Bay University', start: '2018-01', end: '2019-12' },
        ],
        education: [{ degree: 'Ph.D.', institution: 'Institute of Fennwick', end: '2020', thesisTitle: 'Tides' }],
      },
      { exclude: [] },
    );
    expect(profile.positions).toHaveLength(2);
    expect(profile.positions[0]).toMatchObject({ title: 'Lecturer', department: 'Maths' });
    expect(profile.education).toHaveLength(1);
    expect(profile.education[0]).toMatchObject({ degree: 'PhD', thesisTitle: 'Tides' });
    expect(summary.positions).toMatchObject({ added: 1, changed: 1, kept: 0 });
    expect(summary.education).toMatchObject({ added: 0, changed: 1, kept: 0 });
  });

  it('changes a single fact when the import differs, and says so', () => {
    const { profile, summary } = mergeIntoProfile(
      stored(),
      { links: { homepage: 'https://ines.example.net' } },
      { exclude: [] },
    );
    expect(profile.links.homepage).toBe('https://ines.example.net');
    expect(summary.links?.items).toEqual([
      'changed: homepage: "https://ines.example.org" → "https://ines.example.net"',
    ]);
  });

  it('skips the sections the user unticked', () => {
    const before = stored();
    const { profile, summary } = mergeIntoProfile(
      before,
      { publications: [{ type: 'other', title: 'Unticked Paper Title' }], interests: ['Tides'] },
      { exclude: ['publications'] },
    );
    expect(profile.publications).toEqual(before.publications);
    expect(profile.interests).toEqual(['Tides']);
    expect(Object.keys(summary)).toEqual(['interests']);
  });

  it('leaves out invalid rows with a warning naming them, and keeps the rest', () => {
    const { profile, warnings } = mergeIntoProfile(
      stored(),
      {
        emails: [{ address: 'not-an-email' }, { address: 'ines@harrowbay.ac.uk', kind: 'academic' }],
        links: { orcid: '1234' },
      },
      { exclude: [] },
    );
    expect(profile.emails.map((e) => e.address)).toEqual(['ines@harrowbay.ac.uk']);
    expect(profile.links.orcid).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^Left out emails "not-an-email"/);
    expect(warnings[1]).toMatch(/^Left out links\.orcid/);
  });

  it('does not change the profile it was given', () => {
    const before = stored();
    const copy = structuredClone(before);
    mergeIntoProfile(
      before,
      { publications: [{ type: 'journal', title: 'Sparse Gradients at Scale', year: 2030 }] },
      { exclude: [] },
    );
    expect(before).toEqual(copy);
  });
});
