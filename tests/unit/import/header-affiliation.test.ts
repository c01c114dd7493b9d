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
