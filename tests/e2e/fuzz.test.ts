/**
 * Fuzzing the whole pipeline in real Chromium: generated pages (tests/fuzz/generate.ts) served on loopback, filled
 * through the built extension's `fill.tab`, every field read back from the page's own world. The engine alone runs
 * on 1 000 seeds in Node (tests/fuzz/engine.fuzz.test.ts); here the collector, engine and filler get the same
 * 1 000 seeds (FUZZ_BROWSER_CASES overrides), four to a page load: 3–4 minutes on a shared 2-core machine (about 200 ms a seed).
 * `npm run bench` (scripts/bench-fuzz.ts) runs 10 000 in Node and 1 000 here.
 *
 * Every violation prints its seed and the command that replays its page load, e.g.
 *   FUZZ_SEED=737,738,739,740 npx vitest run --config vitest.browser.config.ts tests/e2e/fuzz.test.ts
 * (one seed alone usually replays too; the seeds of a pack share a document, so ids can collide across them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import { fuzzInBrowser } from '../fuzz/browser-run';
import { formatViolations, fuzzSeeds } from '../fuzz/invariants';
import { ProfileOracle } from '../fuzz/oracle';
import { serveFuzzPages, type FuzzServer } from '../fuzz/server';
import { importSampleProfile, launchExtension, type ExtensionSession } from './harness';

const SEEDS = fuzzSeeds(Number.parseInt(process.env.FUZZ_BROWSER_CASES ?? '1000', 10));
const REPLAY = 'npx vitest run --config vitest.browser.config.ts tests/e2e/fuzz.test.ts';

describe('the built extension on generated forms in Chromium', () => {
  let session: ExtensionSession;
  let server: FuzzServer;
  beforeAll(async () => {
    server = await serveFuzzPages();
    session = await launchExtension();
    await importSampleProfile(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it(
    `keeps every invariant on ${SEEDS.length} seeded pages`,
    async () => {
      const seeds = SEEDS;
      const result = await fuzzInBrowser(session, server, seeds, new ProfileOracle(SAMPLE_PROFILE));
      console.log(
        `fuzz (Chromium): ${result.pages} seeds in ${result.loads} page loads, ${result.fields} fields, ${result.filled} filled, ` +
          `${Math.round(result.ms / result.pages)} ms per seed; ${result.notes.length} covered field(s) below the fold filled`,
      );
      if (result.notes.length) console.log(result.notes.join('\n'));
      // The run must have filled something, or the invariants hold vacuously.
      expect(result.filled).toBeGreaterThan(seeds.length);
      expect(result.violations, formatViolations(result.violations, REPLAY)).toEqual([]);
    },
    Math.max(600_000, SEEDS.length * 1_000),
  );
});
