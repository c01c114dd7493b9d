/**
 * Fuzzing at scale (npm run bench, or npx vite-node scripts/bench-fuzz.ts after npm run build):
 *   - the engine (classify + plan) on FUZZ_BENCH_CASES generated pages in Node (default 10 000);
 *   - the whole pipeline (collector, engine, filler) in real Chromium with the built extension on
 *     FUZZ_BENCH_BROWSER pages (default 1 000; 0 skips it), four seeds per page load.
 * Prints throughput and every violation with the command that replays it; exits 1 if any invariant broke.
 * FUZZ_FROM moves the seed range (default 1).
 */
import { SAMPLE_PROFILE } from '../lib/sample/sample-profile';
import { importSampleProfile, launchExtension } from '../tests/e2e/harness';
import { fuzzInBrowser } from '../tests/fuzz/browser-run';
import { fuzzEngine } from '../tests/fuzz/engine-run';
import { formatViolations } from '../tests/fuzz/invariants';
import { ProfileOracle } from '../tests/fuzz/oracle';
import { serveFuzzPages } from '../tests/fuzz/server';

const from = Number.parseInt(process.env.FUZZ_FROM ?? '1', 10);
const engineCases = Number.parseInt(process.env.FUZZ_BENCH_CASES ?? '10000', 10);
const browserCases = Number.parseInt(process.env.FUZZ_BENCH_BROWSER ?? '1000', 10);
const range = (n: number) => Array.from({ length: n }, (_, i) => from + i);
let broken = 0;

const engine = fuzzEngine(range(engineCases), SAMPLE_PROFILE);
console.log(
  `engine (Node): ${engine.pages} pages, ${engine.frames} frames, ${engine.fields} fields, ${engine.steps} steps ` +
    `in ${(engine.ms / 1000).toFixed(1)} s (${((engine.ms * 1000) / engine.fields).toFixed(0)} µs per field, ` +
    `${(engine.ms / engine.pages).toFixed(2)} ms per page); ${engine.violations.length} violation(s)`,
);
if (engine.violations.length > 0) {
  broken += engine.violations.length;
  console.log(formatViolations(engine.violations, 'npx vitest run tests/fuzz/engine.fuzz.test.ts', 50));
}

if (browserCases > 0) {
  const server = await serveFuzzPages();
  const session = await launchExtension();
  try {
    await importSampleProfile(session);
    const browser = await fuzzInBrowser(session, server, range(browserCases), new ProfileOracle(SAMPLE_PROFILE));
    console.log(
      `pipeline (Chromium): ${browser.pages} pages in ${browser.loads} page loads, ${browser.fields} fields, ` +
        `${browser.filled} filled in ${(browser.ms / 1000).toFixed(1)} s (${(browser.ms / browser.pages).toFixed(0)} ms ` +
        `per page); ${browser.violations.length} violation(s); ${browser.notes.length} covered field(s) below the ` +
        'fold filled (elementFromPoint cannot see them)',
    );
    if (browser.violations.length > 0) {
      broken += browser.violations.length;
      console.log(
        formatViolations(
          browser.violations,
          'npx vitest run --config vitest.browser.config.ts tests/e2e/fuzz.test.ts',
          50,
        ),
      );
    }
  } finally {
    await session.close();
    await server.close();
  }
}
if (broken > 0) process.exitCode = 1;
