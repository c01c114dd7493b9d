/**
 * In-page filling benchmark (issue #4), printed, not asserted. Run `npm run build` first, then
 * `npm run bench:fill` (vite-node).
 *
 * On generated application pages of 300 and 3 000 fields, in real Chromium with the built extension:
 *   bare   one DOM pass: querySelectorAll + reading each field's attributes (the yardstick);
 *   floor  the bare pass plus the visibility checks issue #4 requires of every field (CSS visibility, opacity,
 *          box, elementFromPoint): what any collector honouring those rules pays before reading a single label;
 *   collect  the content script's collect (labels, visibility, shadow roots), timed in the page's own clock;
 *   plan   classify + plan (the pure engine, here in Node; the background runs the same code);
 *   apply  writing the planned values with their events;
 * and the ratio (collect + plan + apply) / bare, plus collect / bare alone, and the end-to-end fill.tab time.
 * Also the minified size of the injected content script.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../lib/engine/classify';
import { planFill } from '../lib/engine/plan';
import type { FillStep, PageDescription } from '../lib/engine/types';
import { expandFields } from '../lib/messaging/compact-fields';
import type { ContentResponse } from '../lib/messaging/protocol';
import { parseProfile } from '../lib/profile/schema';
import { EXTENSION_DIR, launchExtension, serveStatic } from '../tests/e2e/harness';
import { PROFILE, loadProfile } from '../tests/e2e/fill-helpers';
import { generatePage } from './fill-bench-page';

const SIZES = [300, 3_000];
const RUNS = 5;

/**
 * One pass over the fields in the page (it runs through page.evaluate, so it must be self-contained).
 * Bare (`visibility` false): querySelectorAll and reading what a collector reads as attributes, the issue's
 * yardstick. With `visibility`: also the checks issue #4's rules require of every field (CSS visibility,
 * computed opacity, its box, elementFromPoint at its centre), without labels, shadow roots or ancestors: the
 * floor any collector honouring those rules pays. Printed so the collect ratio can be read against both.
 */
function domPass(visibility: boolean): number {
  const t0 = performance.now();
  const fields = document.querySelectorAll('input, select, textarea');
  let sink = 0;
  for (const el of Array.from(fields)) {
    for (const name of ['id', 'name', 'type', 'autocomplete', 'placeholder', 'aria-label', 'class', 'maxlength']) {
      sink += (el.getAttribute(name) ?? '').length;
    }
    sink += (el as HTMLInputElement).value.length;
    if (!visibility || !(el as HTMLElement).checkVisibility({ checkVisibilityCSS: true })) continue;
    sink += Number.parseFloat(getComputedStyle(el).opacity);
    const r = el.getBoundingClientRect();
    if (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el) sink += 1;
  }
  if (sink < 0) throw new Error('unreachable');
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const pages: Record<string, (body: string) => { type: string; body: string }> = {};
  for (const n of SIZES)
    pages[`/bench-${n}.html`] = () => ({ type: 'text/html; charset=utf-8', body: generatePage(n) });
  const server = await serveStatic(undefined, pages);
  const session = await launchExtension();
  try {
    await loadProfile(session);
    const parsed = parseProfile(PROFILE);
    if (!parsed.ok) throw new Error(parsed.error);
    const profile = parsed.value;
    const rows: string[] = [];
    const perField: Record<number, number> = {};
    for (const n of SIZES) {
      const page = await session.context.newPage();
      const url = `${server.url}/bench-${n}.html`;
      const bare: number[] = [];
      const floor: number[] = [];
      const collect: number[] = [];
      const warmCollect: number[] = [];
      const plan: number[] = [];
      const apply: number[] = [];
      const endToEnd: number[] = [];
      let filled = 0;
      for (let run = 0; run < RUNS; run += 1) {
        await page.goto(`${url}?run=${run}`);
        const tabId = await session.tabIdOf(page);
        bare.push(median(await Promise.all([0, 1, 2].map(() => page.evaluate(domPass, false)))));
        floor.push(median(await Promise.all([0, 1, 2].map(() => page.evaluate(domPass, true)))));
        // End to end, as the popup asks: probe frames, inject, collect, plan, apply, report.
        const t0 = Date.now();
        const report = await session.send<{ filled: unknown[] }>({ type: 'fill.tab', tabId });
        endToEnd.push(Date.now() - t0);
        filled = report.filled.length;
        // The stages one by one on a fresh load (the agent is injected by a fill first).
        await page.reload();
        await session.send({ type: 'fill.tab', tabId, overwrite: false });
        await session.send({ type: 'fill.undo', tabId });
        const send = (message: object) =>
          session.control.evaluate(
            ({ id, m }) =>
              (
                chrome as unknown as { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } }
              ).tabs.sendMessage(id, m, { frameId: 0 }),
            { id: tabId, m: message },
          );
        // Stage times are the page's own clock (collectMs, ms), without the messaging around them.
        const sent = (await send({ type: 'content.collect' })) as ContentResponse<'content.collect'>;
        const description: PageDescription = { ...sent, fields: expandFields(sent.fields) };
        collect.push(description.collectMs ?? Number.NaN);
        // The same collect again: the first pays for a freshly injected script's cold JIT and the page's layout.
        const again = (await send({ type: 'content.collect' })) as ContentResponse<'content.collect'>;
        warmCollect.push(again.collectMs ?? Number.NaN);
        const q0 = performance.now();
        const steps: FillStep[] = planFill(description, classifyPage(description), profile, {
          documents: [],
          overwrite: false,
        }).steps;
        plan.push(performance.now() - q0);
        const applied = ((await send({ type: 'content.apply', steps, highlight: 'outline' })) as { ms?: number }).ms;
        apply.push(applied ?? Number.NaN);
      }
      const b = median(bare);
      const f = median(floor);
      const c = median(collect);
      const p = median(plan);
      const a = median(apply);
      perField[n] = (c + p + a) / n;
      rows.push(
        `${String(n).padStart(5)} fields | bare ${fmt(b)} | visibility floor ${fmt(f)} = ${(f / b).toFixed(1)}× bare | collect ${fmt(c)} | classify+plan ${fmt(p)} | ` +
          `apply ${fmt(a)} (${filled} filled) | total ${fmt(c + p + a)} = ${((c + p + a) / b).toFixed(1)}× bare ` +
          `(collect alone ${(c / b).toFixed(1)}×, ${(c / f).toFixed(1)}× the floor; warm collect ${fmt(median(warmCollect))} = ` +
          `${(median(warmCollect) / b).toFixed(1)}×) | fill.tab end to end ${fmt(median(endToEnd))}`,
      );
      await page.close();
    }
    const size = statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size;
    console.log('In-page filling benchmark (median of %d runs, Chromium, built extension)', RUNS);
    for (const row of rows) console.log(row);
    const [small, large] = SIZES as [number, number];
    console.log(
      `Growth per field from ${small} to ${large} fields: ${((perField[large] ?? Number.NaN) / (perField[small] ?? Number.NaN)).toFixed(2)}× ` +
        '(1.00× is perfectly linear)',
    );
    console.log(`Injected content script (minified): ${(size / 1024).toFixed(1)} KB (budget 40 KB)`);
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
