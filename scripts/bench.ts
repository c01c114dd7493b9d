/**
 * npm run bench: builds once, then runs every scripts/bench-*.ts|mjs in turn and prints their figures.
 * Benchmarks print; they do not assert (tests assert behaviour, not timings).
 */
import { execSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2).filter((a) => a !== '--');
console.log('Building the extension for the benchmarks…');
execSync('npx wxt build', { cwd: root, stdio: 'ignore' });

const benches = readdirSync(join(root, 'scripts'))
  .filter((f) => /^bench-.+\.(ts|mjs)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const [command, ...args] = file.endsWith('.ts')
    ? ['npx', 'vite-node', `scripts/${file}`]
    : ['node', `scripts/${file}`];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`${file} exited with ${result.status}`);
  }
}
if (failed) process.exitCode = 1;
