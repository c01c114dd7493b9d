/**
 * End-to-end fill benchmark (issue #16), printed, not asserted. `npm run bench -- fill-e2e` builds and runs it.
 *
 * What a person waits for: the built extension in Chromium, a generated application page of 30, 300 and 3 000
 * labelled fields (scripts/fill-bench-page.ts), timed from sending `fill.tab` (as the popup does) to the first and
 * to the last value written, read from the page itself: the time of the first and last `input` event a field
 * received. The same pages, freshly loaded, classified in the same browser by DuckDuckGo's shipped autofill script
 * (../shared/peers/ddg-autofill/autofill.js, read in place), timed from injecting it to its own
 * `initial_scanner:init:end` mark, only after checking that it did classify the fields (`data-ddg-inputtype`).
 * Vitae's fills and the peer's scans alternate run by run, so the machine's noise hits both.
 *
 * Then a breakdown of Vitae's time from the background's own `performance` measures (platform/fill.ts), the
 * messages' sizes, and ten consecutive fills of the 3 000-field page in one tab without Undo.
 */
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { PEER_MOCKS, fillOnce, median, ms, openFillBench, peerOnce, type FillTiming } from './fill-e2e-driver';

const SIZES = (process.env.BENCH_SIZES ?? '30,300,3000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONSECUTIVE = 10;

/** a / b, NaN when either is missing (as the arithmetic on a missing entry gave before). */
const ratio = (a: number | undefined, b: number | undefined) => (a ?? Number.NaN) / (b ?? Number.NaN);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { source, session, url: pageUrl, close } = await openFillBench('e2e', SIZES);
  try {
    const rows: string[] = [];
    const breakdown: string[] = [];
    const wholes: Record<number, number> = {};
    for (const n of SIZES) {
      const url = pageUrl(n);
      const vitae: FillTiming[] = [];
      const peer: { ms: number; classified: number; inputs: number }[] = [];
      const page = await session.context.newPage();
      const peerPage = source ? await session.context.newPage() : null;
      for (let run = 0; run < RUNS; run += 1) {
        // Alternate who goes first, so that a slow moment of the machine does not always land on the same one.
        const order = run % 2 === 0 ? ['vitae', 'peer'] : ['peer', 'vitae'];
        for (const who of order) {
          if (who === 'vitae') {
            await page.goto(`${url}?run=${run}`);
            vitae.push(await fillOnce(session, page, await session.tabIdOf(page)));
          } else if (peerPage && source) {
            peer.push(await peerOnce(peerPage, `${url}?peer=${run}`, source, PEER_MOCKS));
          }
        }
      }
      await peerPage?.close();
      const last = median(vitae.map((v) => v.last));
      const first = median(vitae.map((v) => v.first));
      const answer = median(vitae.map((v) => v.answer));
      const p = peer.length ? median(peer.map((x) => x.ms)) : Number.NaN;
      wholes[n] = last;
      const [firstPeer] = peer;
      const [firstVitae] = vitae;
      if (!firstVitae) throw new Error(`no Vitae fill ran at ${n} fields`);
      const pinfo = firstPeer
        ? `peer classified ${firstPeer.classified} (of ${firstPeer.inputs} inputs) in ${ms(p)} | ` +
          `Vitae / peer ${(last / p).toFixed(2)}× (target ≤ 1.0× at 300 and 3 000)`
        : 'peer not found (../shared/peers/ddg-autofill)';
      rows.push(
        `${String(n).padStart(5)} fields | Vitae first value ${ms(first)}, last value ${ms(last)} ` +
          `(first / last ${(first / last).toFixed(2)}; target ≤ 0.25 at 3 000), fill.tab answered ${ms(answer)}, ` +
          `${firstVitae.filled} filled | ${pinfo}`,
      );
      const names = Object.keys(firstVitae.measures);
      breakdown.push(
        `${String(n).padStart(5)} fields: ` +
          names.map((k) => `${k} ${median(vitae.map((v) => v.measures[k] ?? 0)).toFixed(1)}`).join(' | '),
      );
      // Message sizes: what the content script sends for this page, asked directly of the agent the fills left.
      const tabId = await session.tabIdOf(page);
      const collected = await session.control.evaluate(
        async (id) =>
          JSON.stringify(
            await (
              chrome as unknown as { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } }
            ).tabs.sendMessage(id, { type: 'content.collect' }, { frameId: 0 }),
          ).length,
        tabId,
      );
      breakdown.push(`         collect message ${kb(collected)} (${(collected / n).toFixed(0)} bytes a field)`);
      await page.close();
    }

    // Ten fills of the same 3 000-field page, one after another in one tab, never undone.
    const big = SIZES[SIZES.length - 1];
    if (big === undefined) throw new Error('BENCH_SIZES names no size');
    const page = await session.context.newPage();
    await page.goto(`${pageUrl(big)}?consecutive`);
    const tabId = await session.tabIdOf(page);
    const consecutive: number[] = [];
    for (let i = 0; i < CONSECUTIVE; i += 1) {
      consecutive.push((await fillOnce(session, page, tabId)).last);
      // A fresh copy of the page, as a person filling the next form of the same kind meets it.
      await page.goto(`${pageUrl(big)}?consecutive=${i}`);
    }
    const stored = await session.worker.evaluate(
      async () => JSON.stringify(await chrome.storage.session.get(null)).length,
    );
    await page.close();

    console.log(
      `End-to-end fill (median of ${RUNS} runs, Chromium, built extension; peer: DuckDuckGo autofill's first scan; ` +
        `machine load ${(loadavg()[0] ?? Number.NaN).toFixed(1)} on ${cpus().length} cores at the end)`,
    );
    for (const row of rows) console.log(row);
    const [, mid, large] = SIZES as [number, number, number];
    console.log(`Growth ${mid} → ${large} fields: ${ratio(wholes[large], wholes[mid]).toFixed(1)}× (target ≤ 10×)`);
    console.log(
      "Vitae's time by stage (ms, median; the background's performance measures, summed over rounds; the stages " +
        "before collect overlap, the skipped report is made during the apply's round trip, step watchers is only " +
        "for frames with nothing to write; 'in page' is the frame's own clock, the rest of a round trip is messaging; " +
        "on a fresh page the first collect is the injection's answer, so 'ping, inject and collect' holds the first " +
        "'collect (in page)' and 'collect (round trip)' only later rounds):",
    );
    for (const row of breakdown) console.log(row);
    const early = median(consecutive.slice(0, 3));
    const late = median(consecutive.slice(-3));
    console.log(
      `${CONSECUTIVE} consecutive fills of ${big} fields in one tab, never undone (ms to last value): ` +
        `${consecutive.map(Math.round).join(', ')}`,
    );
    console.log(
      `  10th / 1st ${ratio(consecutive[CONSECUTIVE - 1], consecutive[0]).toFixed(2)}× (target ≤ 1.2×); ` +
        `median of the last 3 / median of the first 3 ${(late / early).toFixed(2)}×; ` +
        `storage.session after them ${kb(stored)}`,
    );
    const size = statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size;
    console.log(`Injected content script (minified): ${kb(size)} (budget 40 KB)`);
  } finally {
    await close();
  }
}

// scripts/bench-cold-start.ts imports the helpers above and sets this before it does; run as a script otherwise.
await main();
