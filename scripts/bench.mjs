// `npm run bench`: every benchmark that prints figures (issue #4: in-page filling). Build first (`npm run build`).
import { spawnSync } from 'node:child_process';

const benches = ['scripts/bench-fill.ts'];
let failed = false;
for (const bench of benches) {
  const run = spawnSync('npx', ['vite-node', bench], { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
