/**
 * `npm run bench:accuracy`: precision and recall of the field classifier on our labelled fixtures and, when
 * `../shared/corpus/ddg-forms` sits next to the repository, on that corpus's identity fields.
 * Flags: `--verbose` lists every wrong field; `--corpus=DIR` (or VITAE_CORPUS_DIR) points at another corpus copy.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_LABELS, scoreCorpus, scoreFixtures, totals, type PageResult } from '../tests/unit/engine/accuracy';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const corpusArg = process.argv.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length);
const corpusDir = resolve(
  corpusArg ?? process.env.VITAE_CORPUS_DIR ?? join(root, '..', 'shared', 'corpus', 'ddg-forms'),
);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printErrors(page: PageResult): void {
  for (const r of page.results) {
    if (r.correct) continue;
    const got = r.decision ? (r.decision.kind ?? `leave:${r.decision.leaveAlone}`) : 'none';
    const row = r.decision && r.decision.kind !== null && r.decision.row ? `#${r.decision.row}` : '';
    const f = r.field;
    const label = f.labelFor || f.labelWrap || f.ariaLabelledBy || f.ariaLabel || f.placeholder || f.precedingText;
    console.log(
      `      ✗ expected ${r.label} got ${got}${row}  [${f.control}/${f.type} name=${f.name} id=${f.htmlId} label="${label.slice(0, 50)}"] ${r.decision?.reason ?? ''}`,
    );
  }
}

function report(title: string, pages: PageResult[], perPage: 'all' | 'errors'): ReturnType<typeof totals> {
  console.log(`\n== ${title} ==`);
  for (const p of pages) {
    const t = totals([p]);
    const bad = p.fp + p.fn > 0;
    if (perPage === 'all' || bad) {
      console.log(
        `  ${bad ? '!' : ' '} ${p.page.padEnd(44)} fields ${String(p.results.length).padStart(3)}  precision ${pct(t.precision).padStart(6)}  recall ${pct(t.recall).padStart(6)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
      );
    }
    if (verbose && bad) printErrors(p);
  }
  const t = totals(pages);
  const fields = pages.reduce((n, p) => n + p.results.length, 0);
  console.log(
    `  OVERALL ${title}: ${pages.length} pages, ${fields} labelled fields, precision ${pct(t.precision)}, recall ${pct(t.recall)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
  );
  return t;
}

function rate(
  pages: PageResult[],
  labels: string[],
  ok: (kind: string | null) => boolean,
): { n: number; hits: number } {
  let n = 0;
  let hits = 0;
  for (const p of pages)
    for (const r of p.results) {
      if (!labels.includes(r.label)) continue;
      n++;
      if (ok(r.decision?.kind ?? null)) hits++;
    }
  return { n, hits };
}

const fixtures = scoreFixtures(root);
const fixtureTotals = report('fixtures (tests/fixtures/forms)', fixtures, 'all');
console.log(
  `  targets: precision ≥ 99% ${fixtureTotals.precision >= 0.99 ? 'met' : 'NOT met'}, recall ≥ 95% ${fixtureTotals.recall >= 0.95 ? 'met' : 'NOT met'}`,
);

if (!existsSync(corpusDir)) {
  console.log(
    `\n== corpus ==\n  SKIPPED: no corpus at ${corpusDir} (expected ../shared/corpus/ddg-forms next to the repository).`,
  );
} else {
  const corpus = scoreCorpus(corpusDir);
  console.log(
    `\n  corpus labels → Vitae kinds: ${Object.entries(CORPUS_LABELS)
      .map(([label, kinds]) => `${label}→${kinds.join('|')}`)
      .join(
        ', ',
      )}; "username OR emailAddress" → email or leave-alone (not in recall); every other label (password*, username, card*, expiration*, birthday*, totp, unknown) must be left alone.`,
  );
  const t = report(`corpus (${corpusDir})`, corpus, verbose ? 'errors' : 'errors');
  console.log(
    `  targets: precision ≥ 98% ${t.precision >= 0.98 ? 'met' : 'NOT met'}, recall ≥ 92% ${t.recall >= 0.92 ? 'met' : 'NOT met'}`,
  );
  console.log('\n== compared with Chrome autofill (reference figures from issue 3) ==');
  const username = rate(corpus, ['username'], (k) => k === 'email' || k === 'email.confirm');
  const split = rate(corpus, ['firstName', 'lastName'], (k) => k !== 'name.given' && k !== 'name.family');
  const splitWrong = (() => {
    let miss = 0;
    for (const p of corpus)
      for (const r of p.results) {
        if (r.label === 'firstName' && r.decision?.kind !== 'name.given') miss++;
        if (r.label === 'lastName' && r.decision?.kind !== 'name.family') miss++;
      }
    return miss;
  })();
  const full = rate(corpus, ['fullName'], (k) => k !== 'name.full');
  const country = rate(corpus, ['addressCountryCode'], (k) => k !== 'address.country');
  const line = (what: string, ours: number, n: number, chrome: string) =>
    console.log(`  ${what.padEnd(42)} Vitae ${pct(n ? ours / n : 0).padStart(6)} (${ours}/${n})   Chrome ${chrome}`);
  line('login "username" fields given an email', username.hits, username.n, '44%');
  line('split first/last name fields missed', splitWrong, split.n, '~20%');
  line('single full-name fields missed', full.hits, full.n, '~25%');
  line('country fields missed', country.hits, country.n, '~25%');
  console.log(`  ${'overall recall'.padEnd(42)} Vitae ${pct(t.recall).padStart(6)}            Chrome 91%`);
}
