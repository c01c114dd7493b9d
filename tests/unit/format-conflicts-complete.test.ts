/** Conflict lists that are complete (issue #15), on the fictional Castellano profile and the seed CV when present. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectConflicts, formatConflicts } from '../../lib/format/conflicts';
import { parseImport } from '../../lib/import';
import { mergeIntoProfile } from '../../lib/import/merge';
import { emptyProfile } from '../../lib/profile/create';
import type { Profile } from '../../lib/profile/schema';
import { CASTELLANO, CASTELLANO_NOW } from '../fixtures/profile-castellano';

const now = CASTELLANO_NOW;

describe('CMT domain conflicts', () => {
  it("joins the person's email domain and its registrable domain with '; ', leaving webmail out", () => {
    expect(formatConflicts(CASTELLANO, 'cmt-domains', { now })).toBe('inf.eastvale.ac.uk; eastvale.ac.uk');
  });

  it("guesses an institution's domain from the emails and homepage, and says when one is unknown", () => {
    const set = collectConflicts(CASTELLANO, { months: 48, now });
    expect(set.institutions.map((i) => [i.name, i.domain])).toEqual([
      ['University of Eastvale', 'eastvale.ac.uk'],
      ['Brightwater Institute', undefined],
    ]);
    expect(set.notes).toContain(
      'No web domain known for Brightwater Institute: add it to that position or degree (or an email address there).',
    );
    // Harborline Research (an internship mentor's) and Kestrel Labs (a colleague's) are co-authors' institutions.
    expect(set.notes.join('\n')).toMatch(/co-authors' institutions: .*Harborline Research, Kestrel Labs/);
  });

  it('adds stored institution domains and co-authors’ institutions when known, without duplicates', () => {
    const withDomains: Profile = {
      ...CASTELLANO,
      positions: CASTELLANO.positions.map((p) =>
        p.id === 'pos-brightwater' ? { ...p, institutionDomain: 'brightwater.example.org' } : p,
      ),
      relations: CASTELLANO.relations.map((r) =>
        r.id === 'rel-moreau' ? { ...r, email: 'lena@cs.kestrel.example' } : r,
      ),
      emails: [...CASTELLANO.emails, { address: 'ravi@eastvale.ac.uk', kind: 'academic', primary: false }],
    };
    const domains = formatConflicts(withDomains, 'cmt-domains', { now, months: 48 }).split('; ');
    expect(domains).toEqual([
      'inf.eastvale.ac.uk',
      'eastvale.ac.uk',
      'brightwater.example.org',
      'example.org',
      'kestrel.example',
    ]);
    expect(new Set(domains).size).toBe(domains.length);
  });
});

describe('NSF COA', () => {
  const rows = () => formatConflicts(CASTELLANO, 'nsf-coa-csv', { now }).split('\n');

  it('writes the template columns in order: type, name, organisational affiliation, optional, last active', () => {
    expect(rows()[0]).toBe('Type,Name,Organizational Affiliation,"Optional (Email, Department)",Last Active');
  });

  it('lists graduate advisors and postdoctoral sponsors as G:, never the undergraduate thesis advisor', () => {
    expect(rows()).toEqual([
      'Type,Name,Organizational Affiliation,"Optional (Email, Department)",Last Active',
      'G:,"Brandt, Oskar",Brightwater Institute,,',
      'G:,"Sorensen, Helga",Northmere Institute of Technology,,',
      'T:,"Tanabe, Yuki",University of Eastvale,,',
      'A:,"Moreau, Lena",Kestrel Labs,,2026',
      'A:,"Verhoeven, Anouk",Harborline Research,,2024',
    ]);
    expect(rows().join('\n')).not.toContain('Oduya');
  });

  it('keeps the undergraduate advisor as A: while a co-author of the last 48 months', () => {
    const recent: Profile = {
      ...CASTELLANO,
      publications: CASTELLANO.publications.map((p) => (p.id === 'pub-chapter' ? { ...p, year: 2024 } : p)),
    };
    expect(formatConflicts(recent, 'nsf-coa-csv', { now })).toContain('A:,"Oduya, Peter",Lowfield University,,2024');
  });
});

describe('HotCRP', () => {
  it('gives co-authors the affiliation the profile states elsewhere (mentors, relations, advisors)', () => {
    expect(formatConflicts(CASTELLANO, 'hotcrp', { now }).split('\n')).toEqual([
      'All (University of Eastvale)',
      'Oskar Brandt (Brightwater Institute)',
      'Lena Moreau (Kestrel Labs)',
      'Peter Oduya (Lowfield University)',
      'Helga Sorensen (Northmere Institute of Technology)',
      'Yuki Tanabe (University of Eastvale)',
      'Anouk Verhoeven (Harborline Research)',
    ]);
  });

  it('takes an affiliation only for the same full name, not the same initial', () => {
    const lookalike: Profile = {
      ...CASTELLANO,
      experience: [{ ...(CASTELLANO.experience[0] as Profile['experience'][number]), mentors: ['Dr. Anna Verhoeven'] }],
    };
    expect(formatConflicts(lookalike, 'hotcrp', { now }).split('\n')).toContain('Anouk Verhoeven');
  });
});

const SEED = resolve(__dirname, '../../../shared/cv-qingyu-song.txt');
describe.runIf(existsSync(SEED))('the seed CV', () => {
  it('lists its CUHK domains for CMT and no undergraduate advisor as G:', async () => {
    const parsed = await parseImport({ format: 'cv-text', text: readFileSync(SEED, 'utf8'), fileName: 'cv.txt' });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('the seed CV did not import');
    const seed = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] }).profile;
    const seedNow = new Date('2026-01-15T00:00:00Z');
    expect(formatConflicts(seed, 'cmt-domains', { now: seedNow }).split('; ').slice(0, 2)).toEqual([
      'cse.cuhk.edu.hk',
      'cuhk.edu.hk',
    ]);
    const nsf = formatConflicts(seed, 'nsf-coa-csv', { now: seedNow });
    expect(nsf).toContain('G:,"Xu, Hong",The Chinese University of Hong Kong,,');
    expect(nsf).not.toMatch(/G:,"Piao/);
    expect(formatConflicts(seed, 'hotcrp', { now: seedNow })).toContain("Hui-Ling Zhen (Huawei Noah's Ark Lab)");
  });
});
