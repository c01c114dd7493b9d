/**
 * `npm run bench:accuracy`: fill accuracy measured on what ships (issue #12). Builds the extension once (skip with
 * `--no-build`), launches Chromium with it, imports a fictional person with every identity fact, serves each page of
 * `../shared/corpus/ddg-forms` (read in place) and of our own tests/fixtures/accuracy on 127.0.0.1, sends
 * `fill.tab`, and reads back what each visible labelled field received (tests/e2e/accuracy-scoring.ts).
 *
 * Prints strict and lenient precision, recall, per-kind figures and the frames whose content script threw; writes
 * every miss and false fill, with the field's label text and Vitae's skip reason, to `.bench/accuracy-*.txt`.
 * Flags: `--corpus=DIR` (or VITAE_CORPUS_DIR), `--only=SUBSTRING` (pages whose file name contains it).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fillAndScore,
  importAccuracyProfile,
  totalsOf,
  type PageScore,
  type Totals,
} from '../tests/e2e/accuracy-scoring';
import { launchExtension, serveStatic } from '../tests/e2e/harness';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const corpusDir = resolve(
  arg('corpus') ?? process.env.VITAE_CORPUS_DIR ?? join(root, '..', 'shared', 'corpus', 'ddg-forms'),
);
const ownDir = join(root, 'tests', 'fixtures', 'accuracy');
const only = arg('only');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function pagesOf(dir: string): string[] {
  const indexPath = join(dir, 'index.json');
  const files = existsSync(indexPath)
    ? (JSON.parse(readFileSync(indexPath, 'utf8')) as { html: string }[]).map((e) => e.html)
    : readdirSync(dir).filter((f) => f.endsWith('.html'));
  return files.filter((f) => existsSync(join(dir, f)) && (!only || f.includes(only))).sort();
}

async function run(title: string, dir: string, log: string[]): Promise<Totals | null> {
  if (!existsSync(dir)) {
    console.log(`\n== ${title} ==\n  SKIPPED: no pages at ${dir}`);
    return null;
  }
  const files = pagesOf(dir);
  const server = await serveStatic(dir);
  const session = await launchExtension();
  // Nothing but 127.0.0.1 is reachable here; refusing other hosts at once keeps a page's dead links from stalling it.
  await session.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
  const scores: PageScore[] = [];
  try {
    await importAccuracyProfile(session);
    for (const file of files) {
      const page = await session.context.newPage();
      try {
        scores.push(await fillAndScore(session, page, `${server.url}/${encodeURIComponent(file)}`, file));
      } catch (error) {
        scores.push({ page: file, fields: [], outcomes: [], framesThrown: 0, errors: [String(error)] });
      } finally {
        await page.close();
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
  const t = totalsOf(scores);
  const fields = scores.reduce((n, p) => n + p.outcomes.length, 0);
  console.log(`\n== ${title}: ${scores.length} pages, ${fields} visible labelled fields ==`);
  console.log(
    `  strict precision ${pct(t.strictPrecision)}  lenient precision ${pct(t.lenientPrecision)}  recall ${pct(t.recall)}  (tp ${t.tp}, fp strict ${t.fpStrict}, fp lenient ${t.fpLenient}, fn ${t.fn})`,
  );
  console.log(`  frames thrown: ${t.framesThrown}`);
  for (const [kind, k] of Object.entries(t.perKind).sort()) {
    console.log(
      `    ${kind.padEnd(34)} precision ${pct(k.precision).padStart(6)}  recall ${pct(k.recall).padStart(6)}  (tp ${k.tp}, fp ${k.fp}, fn ${k.fn})`,
    );
  }
  log.push(`== ${title} ==`);
  for (const p of scores) {
    const bad = p.outcomes.filter((o) => o.strict === 'fp' || o.strict === 'fn');
    if (bad.length === 0 && p.errors.length === 0) continue;
    log.push(p.page);
    for (const e of p.errors) log.push(`  ERROR ${e}`);
    for (const o of bad) {
      const what =
        o.strict === 'fn'
          ? `MISS ${o.field.label}`
          : `FALSE ${o.field.label} ← ${o.fact} ${JSON.stringify(o.field.received[0] ?? '')}${o.lenient === 'none' ? ' (lenient: ok)' : ''}`;
      log.push(
        `  ${what}  [${o.field.control}] "${o.field.text}"${o.field.skipReason ? `  skip: ${o.field.skipReason}` : ''}`,
      );
    }
  }
  return t;
}

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: root, stdio: 'ignore' });
}
const log: string[] = [];
const corpus = await run(`corpus (${corpusDir})`, corpusDir, log);
const own = await run('own pages (tests/fixtures/accuracy)', ownDir, log);
const check = (label: string, ok: boolean) => `${label} ${ok ? 'met' : 'NOT met'}`;
if (corpus) {
  const kindsLow = Object.entries(corpus.perKind).filter(
    ([k, v]) => !k.startsWith('other') && v.tp + v.fn > 0 && v.recall < 0.85,
  );
  console.log(
    `\n  corpus targets: ${check('strict ≥ 99%', corpus.strictPrecision >= 0.99)}, ${check('lenient ≥ 99.5%', corpus.lenientPrecision >= 0.995)}, ${check('recall ≥ 95%', corpus.recall >= 0.95)}, ${check('every kind ≥ 85%', kindsLow.length === 0)}${kindsLow.length ? ` (${kindsLow.map(([k]) => k).join(', ')})` : ''}, ${check('0 frames thrown', corpus.framesThrown === 0)}`,
  );
}
if (own) {
  console.log(
    `  own pages targets: ${check('precision 100%', own.strictPrecision === 1)}, ${check('recall ≥ 98%', own.recall >= 0.98)}`,
  );
}
mkdirSync(join(root, '.bench'), { recursive: true });
const reportPath = join(root, '.bench', `accuracy-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
writeFileSync(reportPath, `${log.join('\n')}\n`);
console.log(`\n  per-page report: ${reportPath}`);
