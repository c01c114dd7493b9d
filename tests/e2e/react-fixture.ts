/**
 * Builds a React 19 fixture (tests/fixtures/react, tests/fixtures/workday) with Vite at test time, into a temporary folder served like
 * the other fixture pages. React, react-dom and react-select are devDependencies for these only.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './harness';

export async function buildReactFixture(folder = 'react'): Promise<string> {
  const src = join(ROOT, 'tests/fixtures', folder);
  const outDir = mkdtempSync(join(tmpdir(), 'vitae-react-fixture-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: src,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(src, 'app.js'), formats: ['iife'], name: 'ReactFixture', fileName: () => 'app.js' },
    },
  });
  copyFileSync(join(src, 'index.html'), join(outDir, 'index.html'));
  return outDir;
}
