/** Each fictional CV of each format (Markdown, LaTeX moderncv and article, Word, key-value text) in Node. */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';
import { EXPECTED, scoreProfile } from '../../fixtures/import/cvs/facts';
import { cvFileBytes } from '../../fixtures/import/cvs/load';

describe.each(EXPECTED)('$file', (expected) => {
  it('imports at least 95 % of its facts through format "auto"', async () => {
    const parsed = await parseImport({ format: 'auto', bytes: cvFileBytes(expected.file), fileName: expected.file });
    if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error(parsed.ok ? 'not a profile' : parsed.error);
    const profile = mergeIntoProfile(emptyProfile('t'), parsed.value.draft, { exclude: [] }).profile;
    const score = scoreProfile(profile, expected);
    const fraction = score.found / score.facts;
    expect(score.missed, `${expected.file}: ${score.found}/${score.facts}`).toEqual(
      fraction >= 0.95 ? score.missed : [],
    );
    expect(fraction).toBeGreaterThanOrEqual(0.95);
  });
});
