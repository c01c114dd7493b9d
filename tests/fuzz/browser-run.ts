/**
 * Runs generated pages through the whole pipeline in real Chromium: the built extension's `fill.tab` (inject the
 * content script into every frame, collect, classify, plan, insert), then reads every generated field back from the
 * page's own world (tests/fixtures/pages/fuzz/runtime.js) and checks the invariants (tests/fuzz/invariants.ts).
 * One tab is reused for all pages: each seed is one navigation and one fill.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import type { FillTabResponse } from '../../lib/messaging/protocol';
import type { ExtensionSession } from '../e2e/harness';
import { generatePage } from './generate';
import { checkFillResponse, checkOutcome, type ElementState, type PageLog, type Violation } from './invariants';
import type { ProfileOracle } from './oracle';
import type { FuzzServer } from './server';

interface FrameRead {
  log: PageLog;
  fields: (ElementState & { key: string })[];
}

export interface BrowserFuzzResult {
  violations: Violation[];
  /** Known limitations met (covered fields below the fold that were filled). */
  notes: string[];
  /** Seeds run. */
  pages: number;
  /** Page loads (and fills): seeds / perPage. */
  loads: number;
  fields: number;
  filled: number;
  ms: number;
}

/**
 * Fill `seeds` in packs of `perPage` seeds per page load. A violation names its seed; its `replay` names the whole
 * pack, since fields of one pack share a document.
 */
export async function fuzzInBrowser(
  session: ExtensionSession,
  server: FuzzServer,
  seeds: number[],
  oracle: ProfileOracle,
  perPage = 4,
): Promise<BrowserFuzzResult> {
  const page: Page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
  });
  // The background's own errors (the engine runs there): a service worker's console is not the page's.
  const onWorkerConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`service worker console error: ${msg.text()}`);
  };
  session.worker.on('console', onWorkerConsole);
  const violations: Violation[] = [];
  const notes: string[] = [];
  let fields = 0;
  let filled = 0;
  let loads = 0;
  let tabId: number | undefined;
  const started = performance.now();
  for (let i = 0; i < seeds.length; i += perPage) {
    const pack = seeds.slice(i, i + perPage);
    const first = pack[0]!;
    const found: Violation[] = [];
    errors.length = 0;
    try {
      const url = server.packUrl(pack);
      await page.goto(url, { waitUntil: 'load' });
      loads += 1;
      tabId ??= await session.tabIdOf(page);
      const response = await session.send<FillTabResponse>({ type: 'fill.tab', tabId });
      found.push(...checkFillResponse(first, response));
      if (response.ok) {
        filled += response.filled.length;
        const states = new Map<string, ElementState>();
        const logs: PageLog[] = [];
        for (const frame of page.frames()) {
          const read = await frame
            .evaluate(() => (window as unknown as { __fz?: { read(): unknown } }).__fz?.read() ?? null)
            .catch(() => null);
          if (!read) continue;
          const { log, fields: list } = read as FrameRead;
          logs.push(log);
          for (const s of list) states.set(s.key, s);
        }
        fields += states.size;
        for (const log of logs) {
          if (log.submits > 0) found.push({ seed: first, field: 'page', problem: `a form was submitted` });
          if (log.buttonClicks > 0) found.push({ seed: first, field: 'page', problem: `Submit/Next clicked` });
        }
        for (const seed of pack) found.push(...checkOutcome(generatePage(seed), states, [], oracle, notes));
        if (page.url() !== url) found.push({ seed: first, field: 'page', problem: `navigated away to ${page.url()}` });
      }
    } catch (error) {
      found.push({
        seed: first,
        field: 'run',
        problem: `threw ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    for (const e of errors) found.push({ seed: first, field: 'page', problem: e });
    violations.push(...found.map((v) => ({ ...v, replay: pack.join(',') })));
  }
  session.worker.off('console', onWorkerConsole);
  await page.close();
  return { violations, notes, pages: seeds.length, loads, fields, filled, ms: performance.now() - started };
}
