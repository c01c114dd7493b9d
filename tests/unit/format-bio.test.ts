import { describe, expect, it } from 'vitest';
import { countWords, draftBio } from '../../lib/format/bio';
import { emptyProfile } from '../../lib/profile/create';
import { OKONKWO } from '../fixtures/profile-okonkwo';

describe('bio drafts from the structured profile', () => {
  for (const words of [50, 100, 200]) {
    for (const person of ['first', 'third'] as const) {
      it(`stays within ${words} words in the ${person} person`, () => {
        const bio = draftBio(OKONKWO, { words, person });
        expect(countWords(bio)).toBeLessThanOrEqual(words);
        expect(countWords(bio)).toBeGreaterThan(Math.min(words, 120) * 0.6);
      });
    }
  }

  it('opens with the current position, in the third person with the pronouns given', () => {
    const bio = draftBio(OKONKWO, { words: 100, person: 'third' });
    expect(
      bio.startsWith(
        'Mira Okonkwo is an Assistant Professor in the Department of Computational Oceanography at the University of Westmarch.',
      ),
    ).toBe(true);
    expect(bio).toContain('She received her Ph.D. in Applied Mathematics from Lakeside University in 2020');
  });

  it('speaks as "I" in the first person', () => {
    const bio = draftBio(OKONKWO, { words: 100, person: 'first' });
    expect(bio.startsWith('I am an Assistant Professor')).toBe(true);
    expect(bio).toContain('My research focuses on computational oceanography');
    expect(bio).not.toContain('Okonkwo');
  });

  it('says more at 100 words than at 50', () => {
    const short = draftBio(OKONKWO, { words: 50 });
    const long = draftBio(OKONKWO, { words: 100 });
    expect(countWords(long)).toBeGreaterThan(countWords(short));
    expect(long).toContain('Early Career Award in Ocean Modelling');
    expect(short).not.toContain('Early Career Award');
  });

  it('uses the surname with the honorific when no pronouns are given', () => {
    const bio = draftBio({ ...OKONKWO, name: { ...OKONKWO.name, pronouns: undefined } }, { words: 100 });
    expect(bio).toContain('Dr. Okonkwo received a Ph.D. in Applied Mathematics');
    expect(bio).toContain("Dr. Okonkwo's research focuses on");
  });

  it('cuts even the first sentence at a tiny limit', () => {
    const bio = draftBio(OKONKWO, { words: 10 });
    expect(countWords(bio)).toBeLessThanOrEqual(10);
  });

  it('writes something sensible for an empty profile', () => {
    expect(draftBio(emptyProfile('p-empty'), { person: 'first' })).toBe('I am a researcher.');
  });
});
