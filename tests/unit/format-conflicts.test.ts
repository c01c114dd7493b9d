import { describe, expect, it } from 'vitest';
import { formatConflicts } from '../../lib/format/conflicts';
import { NOW, OKONKWO } from '../fixtures/profile-okonkwo';

describe('conflict-of-interest lists', () => {
  it('lists HotCRP conflicts of the last 24 months, advisors and advisees for life', () => {
    expect(formatConflicts(OKONKWO, 'hotcrp', { now: NOW }).split('\n')).toEqual([
      'All (University of Westmarch)',
      'Henrik Aalto (Lakeside University)',
      'Ada Brennan',
      'Jonas Feld',
      'Tomas Lindqvist (Northfield Institute of Technology)',
      'Samuel Oduya (University of Westmarch)',
      'Priya Raman',
    ]);
  });

  it('widens the HotCRP window on request', () => {
    const lines = formatConflicts(OKONKWO, 'hotcrp', { now: NOW, months: 48 }).split('\n');
    // The December 2023 workshop paper and the postdoc that ended in July 2022 come into the window...
    expect(lines).toContain('Kofi Mensah');
    expect(lines).toContain('All (Northfield Institute of Technology)');
    // ...the 2019 paper and a colleague of 2021 stay out, and the owner is never her own conflict.
    expect(lines.join('\n')).not.toMatch(/Vogt|Holm|Okonkwo/);
  });

  it('counts the window back from the given date', () => {
    const later = new Date('2027-08-01T00:00:00Z');
    const lines = formatConflicts(OKONKWO, 'hotcrp', { now: later }).split('\n');
    expect(lines).not.toContain('Ada Brennan'); // July 2024 is 37 months before August 2027
    expect(lines).toContain('Jonas Feld'); // in submission: still current
  });

  it('lists CMT domain conflicts from the owner institutions in the window, with registrable domains', () => {
    expect(formatConflicts(OKONKWO, 'cmt-domains', { now: NOW })).toBe(
      'ocean.westmarch.edu; westmarch.edu; example.edu',
    );
    expect(formatConflicts(OKONKWO, 'cmt-domains', { now: NOW, months: 48 }).split('; ')).toEqual([
      'ocean.westmarch.edu',
      'westmarch.edu',
      'nit.example.edu',
      'example.edu',
    ]);
  });

  it('writes the NSF COA table as CSV with co-authors of 48 months and their last active year', () => {
    expect(formatConflicts(OKONKWO, 'nsf-coa-csv', { now: NOW }).split('\n')).toEqual([
      'Type,Name,Organizational Affiliation,"Optional (Email, Department)",Last Active',
      'G:,"Aalto, Henrik",Lakeside University,,',
      'T:,"Oduya, Samuel",University of Westmarch,,',
      'A:,"Brennan, Ada",,,2024',
      'A:,"Feld, Jonas",,,2025',
      'A:,"Lindqvist, Tomas",Northfield Institute of Technology,t.lindqvist@nit.example.edu,2025',
      'A:,"Mensah, Kofi",,,2023',
      'A:,"Raman, Priya",,,2025',
    ]);
  });

  it('keeps advisors in a short NSF window and drops older co-authors', () => {
    const csv = formatConflicts(OKONKWO, 'nsf-coa-csv', { now: NOW, months: 12 });
    expect(csv).toContain('G:,"Aalto, Henrik"');
    expect(csv).not.toContain('Mensah');
    expect(csv).not.toContain('Brennan');
  });
});

describe('one line per person, however their name is written', () => {
  it('merges "Prof. Harold Brennan" (an advisor) with "Harold Brennan" (a relation) and drops the title', async () => {
    const { exportProfile } = await import('../../lib/export');
    const { SAMPLE_PROFILE } = await import('../../lib/sample/sample-profile');
    const res = await exportProfile(SAMPLE_PROFILE, {
      type: 'profile.export',
      format: 'conflicts',
      style: 'hotcrp',
      months: 600,
    });
    if (!res.ok) throw new Error(res.error);
    const brennan = res.data.split('\n').filter((line) => line.includes('Brennan'));
    expect(brennan).toEqual(['Harold Brennan (Eastbay Institute of Technology)']);
  });
});
