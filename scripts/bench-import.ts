/**
 * Import benchmarks (issue #5): a generated 1 000-entry BibTeX file and the seed CV, in milliseconds.
 * Target: under one second each. Run with `npx vite-node scripts/bench-import.ts`; `benchImport()` is exported for
 * other scripts. Each figure is the first (cold) run and the median of five warm runs, import and merge together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseImport } from '../lib/import';
import { mergeIntoProfile } from '../lib/import/merge';
import { emptyProfile } from '../lib/profile/create';

const FIRST = ['Jörg', 'Ana', 'Chidinma', 'Wei', 'Astrid', 'Mateo', 'Priya', 'Kofi', 'Ines', 'Tomasz'];
const FAMILY = [
  'M{\\"u}ller',
  "Garc{\\'\\i}a",
  'Okafor',
  'Lin',
  'Lindqvist',
  "Dvo{\\v{r}}{\\'a}k",
  'Raman',
  'Asante',
  'Varga',
  'Nowak',
];

/** A BibTeX file like a long Google Scholar / DBLP export: mixed types, LaTeX accents, braces, math, arXiv ids. */
export function generateBibtex(entries = 1_000): string {
  const out: string[] = [];
  for (let i = 0; i < entries; i++) {
    const authors = [0, 1, 2, 3]
      .slice(0, 2 + (i % 3))
      .map((k) => `${FAMILY[(i + k) % FAMILY.length]}, ${FIRST[(i * 3 + k) % FIRST.length]}`)
      .join(' and ');
    const year = 2000 + (i % 25);
    switch (i % 4) {
      case 0:
        out.push(
          `@article{a${i},\n  title={On {Robust} Learning of Things, Part ${i}},\n  author={${authors}},\n  journal={Journal of Things},\n  volume={${i % 40}},\n  number={${i % 12}},\n  pages={${i}--${i + 12}},\n  year={${year}},\n  month=${['jan', 'jun', 'oct'][i % 3]},\n  doi={10.5555/jot.${i}}\n}`,
        );
        break;
      case 1:
        out.push(
          `@inproceedings{c${i},\n  title={Fast {GNN}s for \\emph{Sparse} Graphs ${i}},\n  author={${authors}},\n  booktitle={Proceedings of the Conference on Learning Systems},\n  pages={${i}--${i + 9}},\n  year={${year}}\n}`,
        );
        break;
      case 2:
        out.push(
          `@misc{p${i},\n  title={Preprint Number ${i}: a {Study} of Caf{\\'e} Networks},\n  author={${authors}},\n  eprint={${2000 + (i % 500)}.${String(10000 + i).slice(-5)}},\n  archivePrefix={arXiv},\n  primaryClass={cs.LG},\n  year={${year}}\n}`,
        );
        break;
      default:
        out.push(
          `@inproceedings{w${i},\n  title={Workshop Results ${i} on $\\alpha$-Divergences},\n  author={${authors}},\n  booktitle={ICML Workshop on Things},\n  year={${year}},\n  url={https://example.org/w/${i}}\n}`,
        );
    }
  }
  return out.join('\n\n') + '\n';
}

type Input = Parameters<typeof parseImport>[0];
export interface BenchFigure {
  coldMs: number;
  warmMs: number;
  items: number;
}

async function timeImport(input: Input): Promise<{ ms: number; items: number }> {
  const started = performance.now();
  const parsed = await parseImport(input);
  if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error(parsed.ok ? 'not a profile' : parsed.error);
  const { profile } = mergeIntoProfile(emptyProfile('bench'), parsed.value.draft, { exclude: [] });
  return {
    ms: performance.now() - started,
    items: profile.publications.length + profile.experience.length + profile.education.length,
  };
}

async function measure(input: Input): Promise<BenchFigure> {
  const cold = await timeImport(input);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await timeImport(input)).ms);
  warm.sort((a, b) => a - b);
  return { coldMs: Math.round(cold.ms), warmMs: Math.round(warm[2]!), items: cold.items };
}

/** The seed CV sits beside the clone, as in CI. */
export const SEED_CV = fileURLToPath(new URL('../../shared/cv-qingyu-song.txt', import.meta.url));

export async function benchImport(): Promise<Record<string, BenchFigure>> {
  const results: Record<string, BenchFigure> = {};
  results['bibtex-1000'] = await measure({ format: 'bibtex', text: generateBibtex(1_000) });
  if (existsSync(SEED_CV))
    results['seed-cv-text'] = await measure({ format: 'cv-text', text: readFileSync(SEED_CV, 'utf8') });
  return results;
}

const results = await benchImport();
for (const [name, r] of Object.entries(results))
  console.log(
    `${name.padEnd(14)} cold ${String(r.coldMs).padStart(5)} ms   warm ${String(r.warmMs).padStart(5)} ms   (${r.items} items)`,
  );
if (!results['seed-cv-text']) console.log(`seed CV not found at ${SEED_CV}: skipped`);
const slow = Object.entries(results).filter(([, r]) => r.coldMs >= 1_000);
if (slow.length) console.log(`Over the 1 s target: ${slow.map(([name]) => name).join(', ')}`);
