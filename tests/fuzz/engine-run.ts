/**
 * The engine half of the fuzzing: generated pages, described as the collector would describe them, through
 * classifyPage and planFill; the plan is checked against the invariants. Pure, so it runs in Node.
 */
import { classifyPage } from '../../lib/engine/classify';
import { planFill } from '../../lib/engine/plan';
import type { Profile } from '../../lib/profile/schema';
import { describeFrames, generatePage } from './generate';
import { checkPlan, type Violation } from './invariants';
import { ProfileOracle } from './oracle';

export interface EngineFuzzResult {
  violations: Violation[];
  pages: number;
  frames: number;
  fields: number;
  steps: number;
  ms: number;
}

export function fuzzEngine(seeds: number[], profile: Profile): EngineFuzzResult {
  const oracle = new ProfileOracle(profile);
  const violations: Violation[] = [];
  let frames = 0;
  let fields = 0;
  let steps = 0;
  const started = performance.now();
  for (const seed of seeds) {
    const page = generatePage(seed);
    for (const frame of describeFrames(page)) {
      frames += 1;
      fields += frame.page.fields.length;
      try {
        const decisions = classifyPage(frame.page, { rules: [] });
        const plan = planFill(frame.page, decisions, profile, { documents: [], overwrite: false });
        steps += plan.steps.length;
        violations.push(...checkPlan(seed, frame, plan, oracle));
      } catch (error) {
        violations.push({
          seed,
          field: frame.page.url,
          problem: `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        });
      }
    }
  }
  return { violations, pages: seeds.length, frames, fields, steps, ms: performance.now() - started };
}
