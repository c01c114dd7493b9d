/**
 * Prints the seed CV's quick-copy texts (issue #15): bios at 50/100/200 words in first and third person, the IEEE
 * and ACM lists, the BibTeX of one preprint, and the CMT and NSF COA conflict lists.
 * Reads ../shared/cv-qingyu-song.txt (beside the clone) in place: `npx vite-node scripts/quickcopy-seed.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseImport } from '../lib/import';
import { mergeIntoProfile } from '../lib/import/merge';
import { emptyProfile } from '../lib/profile/create';
import { exportQuickCopy } from '../lib/format';
import { countWords } from '../lib/format/bio';
import { toBibtex } from '../lib/export/bibtex';

const SEED = resolve(import.meta.dirname, '../../shared/cv-qingyu-song.txt');

async function main(): Promise<void> {
  if (!existsSync(SEED)) {
    console.log(`No seed CV at ${SEED}`);
    return;
  }
  const parsed = await parseImport({ format: 'cv-text', text: readFileSync(SEED, 'utf8'), fileName: 'cv.txt' });
  if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error(parsed.ok ? 'not a profile' : parsed.error);
  const profile = mergeIntoProfile(emptyProfile('seed'), parsed.value.draft, { exclude: [] }).profile;
  const now = new Date();
  const show = (title: string, text: string) => console.log(`\n=== ${title} ===\n${text}`);
  for (const person of ['third', 'first'] as const) {
    for (const words of [50, 100, 200]) {
      const res = exportQuickCopy(profile, { type: 'profile.export', format: 'bio', words, person }, now);
      const text = res.ok ? res.data : `error: ${res.error}`;
      show(`Bio, ${person} person, ${words} words (${countWords(text)} words)`, text);
    }
  }
  for (const style of ['ieee', 'acm'] as const) {
    const res = exportQuickCopy(profile, { type: 'profile.export', format: 'publications', style }, now);
    show(`Publications, ${style.toUpperCase()}`, res.ok ? res.data : `error: ${res.error}`);
  }
  const preprint = profile.publications.find((p) => p.type === 'preprint');
  if (preprint) show('BibTeX of one preprint', toBibtex([preprint]).trim());
  for (const style of ['cmt-domains', 'nsf-coa-csv', 'hotcrp'] as const) {
    const res = exportQuickCopy(profile, { type: 'profile.export', format: 'conflicts', style }, now);
    show(`Conflicts, ${style}`, res.ok ? res.data : `error: ${res.error}`);
  }
}

await main();
