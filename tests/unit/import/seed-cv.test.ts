/**
 * The real CV of Vitae's first user, imported as text: every fact checked one by one.
 * The file lives beside the clone (../shared/), as in CI.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';
import { SEED_CV_PATH, expectSeedFacts } from './seed-facts';

let profile: Profile;
let warnings: string[];

beforeAll(async () => {
  const parsed = await parseImport({ format: 'cv-text', text: readFileSync(SEED_CV_PATH, 'utf8'), fileName: 'cv.txt' });
  if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error(parsed.ok ? 'not a profile' : parsed.error);
  const merged = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] });
  profile = merged.profile;
  warnings = [...parsed.value.warnings, ...merged.warnings];
});

describe('the seed CV as text', () => {
  expectSeedFacts(() => profile);
  it('warns only that the header gives no title for the current position', () => {
    expect(warnings).toEqual([
      'The position "The Chinese University of Hong Kong" has no title: type it in the preview before importing, ' +
        'or add it on the Positions page afterwards.',
    ]);
  });
});
