/**
 * Chromium with the built extension, for the .mjs benchmarks (scripts/bench-options.mjs, scripts/bench-popup.mjs):
 * one launch with the tests' flags (tests/e2e/chromium-args.json, verified per ../shared/TOOLCHAIN.md), a throwaway
 * profile directory, and the extension's id once its service worker is up. The TypeScript benchmarks use tests/e2e/harness.ts instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The flags the real-browser tests use (tests/e2e/harness.ts reads the same list). */
const CHROMIUM_ARGS = JSON.parse(readFileSync(new URL('../tests/e2e/chromium-args.json', import.meta.url), 'utf8'));

/** Debian's Chromium, or CHROME_PATH; exits with a message when there is none. */
function chromiumPath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
  if (!found) {
    console.error('Chromium not found: install it or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

/**
 * Launch headless Chromium with the extension at `extensionDir` loaded.
 * @param {string} extensionDir
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function launchWithExtension(extensionDir, options = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error(`No built extension at ${extensionDir}: run npm run build first.`);
    process.exit(1);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'vitae-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
