/**
 * Fuzzing the engine in Node: 1 000 generated pages (tests/fuzz/generate.ts), described as the collector would
 * describe them, through classifyPage and planFill with the sample profile. The plan must keep every invariant
 * (tests/fuzz/invariants.ts). The same generator drives the real-browser run (tests/e2e/fuzz.test.ts), which covers
 * the collector and the filler; `npm run bench` runs 10 000 (scripts/bench-fuzz.ts).
 *
 * Replay one seed: FUZZ_SEED=123 npx vitest run tests/fuzz/engine.fuzz.test.ts
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import { fuzzEngine } from './engine-run';
import { formatViolations, fuzzSeeds } from './invariants';

const SEEDS = fuzzSeeds(Number.parseInt(process.env.FUZZ_CASES ?? '1000', 10));
const REPLAY = 'npx vitest run tests/fuzz/engine.fuzz.test.ts';

describe('the engine on generated forms', () => {
  it(`keeps every invariant on ${SEEDS.length} seeded pages`, { timeout: 180_000 }, () => {
    const result = fuzzEngine(SEEDS, SAMPLE_PROFILE);
    // The plans must write something, or the invariants hold vacuously.
    expect(result.steps).toBeGreaterThan(SEEDS.length);
    expect(result.violations, formatViolations(result.violations, REPLAY)).toEqual([]);
  });
});
