/**
 * Fuzzing the engine in Node: 1 000 generated pages (tests/fuzz/generate.ts), described as the collector would
 * describe them, through classifyPage and planFill with the sample profile. The plan must keep every invariant
 * (tests/fuzz/invariants.ts). The same generator drives the real-browser run (tests/e2e/fuzz.test.ts), which covers
 * the collector and the filler.
 *
 * Replay one seed: FUZZ_SEED=123 npx vitest run tests/fuzz/engine.fuzz.test.ts
 */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../lib/engine/classify';
import { planFill } from '../../lib/engine/plan';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import { describeFrames, generatePage } from './generate';
import { checkPlan, formatViolations, fuzzSeeds, type Violation } from './invariants';
import { ProfileOracle } from './oracle';

const CASES = Number.parseInt(process.env.FUZZ_CASES ?? '1000', 10);
const REPLAY = 'npx vitest run tests/fuzz/engine.fuzz.test.ts';

export function fuzzEngine(
  seeds: number[],
  oracle = new ProfileOracle(SAMPLE_PROFILE),
): {
  violations: Violation[];
  fields: number;
} {
  const violations: Violation[] = [];
  let fields = 0;
  for (const seed of seeds) {
    const page = generatePage(seed);
    for (const frame of describeFrames(page)) {
      fields += frame.page.fields.length;
      try {
        const decisions = classifyPage(frame.page, { rules: [] });
        const plan = planFill(frame.page, decisions, SAMPLE_PROFILE, { documents: [], overwrite: false });
        violations.push(...checkPlan(seed, frame, plan, oracle));
      } catch (error) {
        violations.push({
          seed,
          field: frame.page.url,
          problem: `threw ${error instanceof Error ? error.stack : String(error)}`,
        });
      }
    }
  }
  return { violations, fields };
}

describe('the engine on generated forms', () => {
  it(`keeps every invariant on ${CASES} seeded pages`, () => {
    const seeds = fuzzSeeds(CASES);
    const { violations, fields } = fuzzEngine(seeds);
    expect(fields).toBeGreaterThan(seeds.length);
    expect(violations, formatViolations(violations, REPLAY)).toEqual([]);
  });
});
