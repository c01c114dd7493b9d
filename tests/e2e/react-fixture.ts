/**
 * Builds a React 19 fixture (tests/fixtures/react, tests/fixtures/workday) with Vite at test time, into a temporary folder served like
 * the other fixture pages. React, react-dom and react-select are devDependencies for these only.
 * A fixture is its app.js and its head.html (title and styles); every such app mounts into the same page shell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT, pageShell } from './harness';

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
  const head = readFileSync(join(src, 'head.html'), 'utf8');
  writeFileSync(
    join(outDir, 'index.html'),
    pageShell(head, '<body><div id="root"></div><script src="app.js"></script></body>'),
  );
  return outDir;
}
