/**
 * The first fill after the background went to sleep (issue #16), printed, not asserted. `npm run bench -- cold-start`.
 *
 * Chrome stops an MV3 service worker after ~30 s idle, so the click a person makes on a page opened a minute ago
 * first starts the worker: the whole background bundle is fetched and evaluated before `fill.tab` is even read. Here,
 * in Chromium with the built extension, for the 30- and 300-field bench pages (scripts/fill-bench-page.ts):
 *  - cold: load the page, stop the extension's service worker (CDP `ServiceWorker.stopAllWorkers`, what the idle
 *    timeout does), then send `fill.tab` from an extension page, as the popup's Fill button does (that message is what
 *    wakes the worker), and time it to the first and last value written in the page;
 *  - warm: the same on a fresh copy of the page with the worker running;
 *  - peer: DuckDuckGo's autofill script classifying the same page (../shared/peers/ddg-autofill).
 * The three alternate run by run, so machine noise hits all of them. The fill itself, the page-side reading and the
 * peer come from scripts/fill-e2e-driver.ts, shared with scripts/bench-fill-e2e.ts. From the restarted worker: its start (its
 * `performance.timeOrigin`) after the message was sent, and its start → the background's `main()` (the mark at the
 * top of entrypoints/background/index.ts), which is the evaluation of background.js and its chunks.
 */
import { cpus, loadavg } from 'node:os';
import { backgroundStartupFiles, controlWorker, totalBytes } from '../tests/e2e/worker-control';
import { PEER_MOCKS, fillOnce, median, ms, openFillBench, peerOnce, type FillTiming } from './fill-e2e-driver';

const SIZES = (process.env.BENCH_COLD_SIZES ?? '30,300').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MAIN_MARK = 'vitae:background main';

interface Start {
  /** fill.tab sent → the restarted worker's time origin (the browser starting it). */
  wake: number;
  /** The worker's time origin → the top of the background's main(): fetching and evaluating its modules. */
  toMain: number;
  /** main() → the fill's first stage starts (listeners registered, the message dispatched). */
  mainToFill: number;
}

async function main(): Promise<void> {
  const { source, session, url: pageUrl, close } = await openFillBench('cold', SIZES);
  try {
    const worker = await controlWorker(session);
    const rows: string[] = [];
    for (const n of SIZES) {
      const url = pageUrl(n);
      const cold: FillTiming[] = [];
      const warm: FillTiming[] = [];
      const starts: Start[] = [];
      const peer: number[] = [];
      const page = await session.context.newPage();
      const peerPage = source ? await session.context.newPage() : null;
      for (let run = 0; run < RUNS; run += 1) {
        const order = run % 2 === 0 ? ['cold', 'warm', 'peer'] : ['peer', 'cold', 'warm'];
        for (const who of order) {
          if (who === 'cold') {
            // The page is loaded first (its navigation wakes the worker: the background listens to tab updates),
            // then the worker stops, as it does ~30 s after a person opened the page.
            await page.goto(`${url}?cold=${run}`);
            const tabId = await session.tabIdOf(page);
            await worker.stop();
            const sentAt = Date.now();
            const timing = await fillOnce(session, page, tabId);
            const seen = await session.worker.evaluate((mark) => {
              const main = performance.getEntriesByName(mark)[0];
              const fill = performance.getEntriesByName('vitae:whole fill')[0];
              return { origin: performance.timeOrigin, main: main?.startTime, fill: fill?.startTime };
            }, MAIN_MARK);
            if (seen.main === undefined || seen.fill === undefined) {
              throw new Error(`the restarted worker has no '${MAIN_MARK}' mark or no fill stages`);
            }
            // sentAt is taken just before fillOnce's own send: the wake is an upper bound by a millisecond or two.
            starts.push({ wake: seen.origin - sentAt, toMain: seen.main, mainToFill: seen.fill - seen.main });
            cold.push(timing);
          } else if (who === 'warm') {
            await page.goto(`${url}?warm=${run}`);
            if (!worker.running()) throw new Error('the worker is not running for the warm fill');
            warm.push(await fillOnce(session, page, await session.tabIdOf(page)));
          } else if (peerPage && source) {
            peer.push((await peerOnce(peerPage, `${url}?peer=${run}`, source, PEER_MOCKS)).ms);
          }
        }
      }
      await peerPage?.close();
      await page.close();
      const coldLast = median(cold.map((t) => t.last));
      const warmLast = median(warm.map((t) => t.last));
      const p = peer.length ? median(peer) : Number.NaN;
      const start = {
        wake: median(starts.map((s) => s.wake)),
        toMain: median(starts.map((s) => s.toMain)),
        mainToFill: median(starts.map((s) => s.mainToFill)),
      };
      rows.push(
        `${String(n).padStart(4)} fields | cold: first value ${ms(median(cold.map((t) => t.first)))}, ` +
          `last value ${ms(coldLast)} | warm: last value ${ms(warmLast)} | cold − warm ${ms(coldLast - warmLast)}, ` +
          `cold / warm ${(coldLast / warmLast).toFixed(2)}× | ` +
          (peer.length
            ? `peer ${ms(p)}: cold / peer ${(coldLast / p).toFixed(2)}×, warm / peer ${(warmLast / p).toFixed(2)}×`
            : 'peer not found (../shared/peers/ddg-autofill)'),
        `${' '.repeat(12)}restart: fill.tab sent → worker started ${start.wake.toFixed(1)} | worker start → ` +
          `background main() ${start.toMain.toFixed(1)} | main() → fill begins ${start.mainToFill.toFixed(1)} ms` +
          ` | cold fill stages: ${stagesOf(cold)}`,
        `${' '.repeat(12)}warm fill stages: ${stagesOf(warm)}`,
      );
    }
    console.log(
      `First fill after the service worker stopped (median of ${RUNS} runs, Chromium, built extension, fill.tab from ` +
        `an extension page; machine load ${(loadavg()[0] ?? Number.NaN).toFixed(1)} on ${cpus().length} cores at the end)`,
    );
    for (const row of rows) console.log(row);
    const startup = backgroundStartupFiles();
    console.log(
      `The worker's start-up evaluates background.js (${kb(totalBytes(['background.js']))}) and the ` +
        `${startup.length - 1} chunks it imports: ${kb(totalBytes(startup))} in all`,
    );
  } finally {
    await close();
  }
}

/** The stages that differ most between a cold and a warm fill: the ones before the page is read. */
function stagesOf(timings: FillTiming[]): string {
  // On a fresh page the injection answers the first collect (platform/fill.ts names the stage for what it held); a
  // stage no fill measured is left out rather than printed as 0.
  return ['tab and settings', 'profile and rules', 'ping and inject', 'ping, inject and collect', 'whole fill']
    .filter((k) => timings.some((t) => t.measures[k] !== undefined))
    .map((k) => `${k} ${median(timings.map((t) => t.measures[k] ?? 0)).toFixed(1)}`)
    .join(', ');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

await main();
