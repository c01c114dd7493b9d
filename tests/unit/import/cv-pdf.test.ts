/** CV PDFs: the seed CV typeset as a PDF (made here, with a right-hand date column and wrapped lines). */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { extractPdfText } from '../../../lib/import/cv-pdf';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';
import { cvTextToPdf, makePdf } from './make-pdf';
import { SEED_CV_PATH, expectSeedFacts } from './seed-facts';

let profile: Profile;

beforeAll(async () => {
  const bytes = cvTextToPdf(readFileSync(SEED_CV_PATH, 'utf8'));
  const parsed = await parseImport({ format: 'auto', bytes, fileName: 'cv.pdf' });
  if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error(parsed.ok ? 'not a profile' : parsed.error);
  expect(parsed.value.format).toBe('cv-pdf');
  profile = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] }).profile;
});

describe('the seed CV as a PDF', () => {
  expectSeedFacts(() => profile);
});

describe('PDF text extraction', () => {
  it('puts a tab before a right-hand date column and joins wrapped lines', async () => {
    const pdf = makePdf([
      [
        { x: 56, y: 700, text: 'EDUCATION' },
        {
          x: 56,
          y: 680,
          text: 'University of Fernhill, Ph.D. in Statistics, Advisor: Prof. Gideon Mbeki, Thesis: Changepoints in',
        },
        { x: 500, y: 680, text: '2013-2017' },
        { x: 56, y: 668, text: 'Seasonal Processes.' },
      ],
    ]);
    const result = await extractPdfText(pdf);
    expect(result).toEqual({
      ok: true,
      text: 'EDUCATION\n\nUniversity of Fernhill, Ph.D. in Statistics, Advisor: Prof. Gideon Mbeki, Thesis: Changepoints in\t2013-2017\nSeasonal Processes.',
      warnings: [],
    });
  });

  it('says so when a PDF has no text (a scan)', async () => {
    const result = await parseImport({ format: 'cv-pdf', bytes: makePdf([[]]) });
    expect(result).toEqual({
      ok: false,
      error:
        'The PDF has no text to read (it is probably a scan or made of images). Export the CV as a text PDF or paste its text.',
    });
  });

  it('refuses a damaged PDF with a message', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf\n%%EOF');
    const result = await parseImport({ format: 'cv-pdf', bytes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The PDF could not be read: /);
  });
});
