import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BIO_LENGTHS, article, countWords, draftBio, draftBioReport } from '../../lib/format/bio';
import { emptyProfile } from '../../lib/profile/create';
import type { Profile } from '../../lib/profile/schema';
import { parseImport } from '../../lib/import';
import { mergeIntoProfile } from '../../lib/import/merge';
import { CASTELLANO } from '../fixtures/profile-castellano';
import { OKONKWO } from '../fixtures/profile-okonkwo';

const within = (text: string, words: number) => {
  const n = countWords(text);
  expect(n, text).toBeGreaterThanOrEqual(Math.ceil(words * 0.85));
  expect(n, text).toBeLessThanOrEqual(Math.floor(words * 1.15));
};

/** Ravi Castellano without a position: his latest degree opens the bio. */
const GRADUATE: Profile = { ...CASTELLANO, positions: [], name: { given: 'Ravi', family: 'Castellano' } };

describe('bio drafts from the structured profile', () => {
  for (const words of BIO_LENGTHS) {
    for (const person of ['first', 'third'] as const) {
      it(`lands within 15 % of ${words} words in the ${person} person`, () => {
        within(draftBio(CASTELLANO, { words, person }), words);
        within(draftBio(GRADUATE, { words, person }), words);
        expect(draftBioReport(CASTELLANO, { words, person }).short).toBeUndefined();
      });
    }
  }

  it('opens with the current role and institution, then the degree with the stored pronoun', () => {
    const bio = draftBio(CASTELLANO, { words: 100 });
    expect(bio).toMatch(
      /^Ravi Castellano is an Assistant Professor in the School of Informatics at the University of Eastvale\. He received his Ph\.D\. in Computer Science from Northmere Institute of Technology in 2021\./,
    );
    expect(draftBio(CASTELLANO, { words: 100, person: 'first' })).toMatch(
      /^I am an Assistant Professor in the School of Informatics at the University of Eastvale\. I received my Ph\.D\./,
    );
  });

  it('opens with the latest degree and where when there is no current role, naming the person without pronouns', () => {
    const bio = draftBio(GRADUATE, { words: 100 });
    expect(bio).toMatch(
      /^Ravi Castellano received a Ph\.D\. in Computer Science from Northmere Institute of Technology in 2021/,
    );
    expect(bio).toContain("Castellano's research interests include graph neural networks");
    expect(bio).not.toMatch(/\b(he|his|she|her|they|their)\b/i);
  });

  it("names a CV header's department with the latest degree at the same institution, else on its own", () => {
    const header = { id: 'pos-header', title: '', department: 'School of Informatics', end: 'present' as const };
    const same: Profile = {
      ...GRADUATE,
      positions: [{ ...header, institution: 'Northmere Institute of Technology' }],
    };
    expect(draftBio(same, { words: 50 })).toMatch(
      /^Ravi Castellano received a Ph\.D\. in Computer Science from Northmere Institute of Technology in 2021(, advised by Helga Sorensen)?, and is with its School of Informatics\./,
    );
    const elsewhere: Profile = { ...GRADUATE, positions: [{ ...header, institution: 'University of Eastvale' }] };
    expect(draftBio(elsewhere, { words: 50, person: 'first' })).toMatch(
      /^I am with the School of Informatics at the University of Eastvale\. I received my Ph\.D\. in Computer Science/,
    );
  });

  it('then interests, publications and venues, service and awards as the length allows', () => {
    const bio = draftBio(CASTELLANO, { words: 200 });
    const at = (s: string) => bio.indexOf(s);
    expect(at('research interests include')).toBeGreaterThan(0);
    expect(at('papers')).toBeGreaterThan(at('research interests include'));
    expect(at('Selected publications include “GNNs for Fed2Com-Style Compression')).toBeGreaterThan(at('papers'));
    expect(at('served as')).toBeGreaterThan(at('Selected publications'));
    expect(at('awards include')).toBeGreaterThan(at('served as'));
    expect(draftBio(CASTELLANO, { words: 50 })).not.toContain('awards');
  });

  it('names every reviewing role at 200 words', () => {
    const bio = draftBio(CASTELLANO, { words: 200 });
    for (const venue of ['ICIC', 'MeshCon', 'NetLearn', 'SysML Imagined', 'Journal of Fictional Networking']) {
      expect(bio).toContain(venue);
    }
    expect(bio).toContain('and as an area chair for ICIC');
  });

  it('counts what it says it counts', () => {
    // 7 papers: journal, conference, workshop, preprint, chapter, in-submission, accepted (not the thesis, book or
    // patent); 5 peer-reviewed: all but the preprint and the submission.
    expect(draftBio(CASTELLANO, { words: 100 })).toContain('He has authored 7 papers, 5 of them peer-reviewed.');
  });

  it('writes "an M.S." and no year twice', () => {
    const bio = draftBio(CASTELLANO, { words: 200 });
    expect(bio).toContain('an M.S. in Electrical Engineering');
    expect(bio).toContain('the Best Paper Award from IEEE ICIC 2023');
    expect(bio).not.toMatch(/\b((?:19|20)\d\d)\b[^.]{0,40}\(\1\)/);
  });

  it('chooses "a" or "an" by sound, reading acronyms letter by letter', () => {
    expect(
      ['M.S.', 'MBA', 'IEEE Fellowship', 'NSF CAREER award', 'Assistant Professor', 'honorary degree'].map(article),
    ).toEqual(['an', 'an', 'an', 'an', 'an', 'an']);
    expect(['Ph.D.', 'B.S.', 'University Fellowship', 'Postdoc', 'one-year visit', 'DAAD grant'].map(article)).toEqual([
      'a',
      'a',
      'a',
      'a',
      'a',
      'a',
    ]);
  });

  it('says so when the profile cannot fill the length, rather than padding', () => {
    const thin: Profile = {
      ...emptyProfile('p-thin'),
      name: { given: 'Ada', family: 'Quill' },
      interests: ['Topology'],
    };
    const report = draftBioReport(thin, { words: 200 });
    expect(report.text).toBe("Ada Quill is a researcher. Quill's research focuses on topology.");
    expect(report.short).toMatch(/about 10 words, not 200/);
  });

  it('keeps the older fixture within its length too', () => {
    for (const words of BIO_LENGTHS) expect(countWords(draftBio(OKONKWO, { words }))).toBeLessThanOrEqual(words * 1.15);
    expect(draftBio(OKONKWO, { words: 100 })).toContain('She received her Ph.D. in Applied Mathematics');
  });

  const SEED = resolve(__dirname, '../../../shared/cv-qingyu-song.txt');
  it.runIf(existsSync(SEED))("opens the seed CV's 100- and 200-word bios with the Ph.D. and CUHK", async () => {
    const parsed = await parseImport({ format: 'cv-text', text: readFileSync(SEED, 'utf8'), fileName: 'cv.txt' });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('the seed CV did not import');
    const seed = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] }).profile;
    for (const words of [100, 200]) {
      const bio = draftBio(seed, { words, person: 'third' });
      within(bio, words);
      // The first sentence ("… received a Ph.D. in … from The Chinese University of Hong Kong in 2025 …").
      const opening = bio.split(/\s+/).slice(0, 20).join(' ');
      expect(opening).toMatch(/^Qingyu Song (received|is) .*Ph\.D\..* The Chinese University of Hong Kong/);
    }
  });
});
