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
  it('imports without warnings', () => {
    expect(warnings).toEqual([]);
  });
});
