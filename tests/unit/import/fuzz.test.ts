/** Random mixes of CV-like fragments never crash an importer or the merge, and each stays fast. */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';

const PIECES = [
  'EDUCATION\n',
  'Publications\n',
  'In submission\n',
  '- A1. ',
  '**',
  '"',
  '2019 - 2021',
  '\t',
  'Jan. 2020',
  ', ',
  '. ',
  'In ',
  'Advisor: ',
  'Thesis: ',
  'Prof. ',
  'a.b.c.d.e.f.g.h.i.j.k',
  '1.1.1.1.1.1.1.1.1.1.1',
  '@article{',
  '{',
  '}',
  '[C3] ',
  'x'.repeat(300),
  ' and ',
  '\n',
  '\n\n',
  'Spring 2022 ',
  'CSCI 4430',
  'Conference Reviewer: ',
  'https://',
  'javascript:',
  '<b>',
  '+44 ',
  '(',
  ')',
  'Smith, J. ',
  '{\\"u}',
  '\\foo{',
];

describe('random input', () => {
  it('never throws through the importers or the merge, and stays within a few seconds per file even on a loaded machine', async () => {
    let state = 7;
    const rand = (n: number) => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let doc = 0; doc < 40; doc++) {
      let text = '';
      while (text.length < 10_000) text += PIECES[rand(PIECES.length)]!;
      for (const format of ['cv-text', 'bibtex', 'auto'] as const) {
        const started = performance.now();
        const result = await parseImport({ format, text });
        if (result.ok && result.value.kind === 'profile') {
          const draft = result.value.draft;
          expect(() => mergeIntoProfile(emptyProfile('f'), draft, { exclude: [] })).not.toThrow();
        } else if (!result.ok) expect(result.error).not.toMatch(/failed and changed nothing/);
        expect(performance.now() - started).toBeLessThan(3_000);
      }
    }
  });
});
