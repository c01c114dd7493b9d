/**
 * The CV PDF import in the real MV3 service worker (Chromium): pdfjs must run its in-thread "fake worker" there,
 * since service workers allow neither dynamic import() nor nested Workers. Needs `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../lib/encoding/base64';
import { cvTextToPdf } from '../unit/import/make-pdf';

const extension = resolve(__dirname, '../../.output/chrome-mv3');
let context: BrowserContext;
let profileDir: string;
let extensionId: string;

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'vitae-import-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

describe('CV PDF import in the extension', () => {
  it('imports a PDF sent as base64 through profile.import', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const cv = readFileSync(resolve(__dirname, '../fixtures/import/cv-two-line.txt'), 'utf8');
    const base64 = bytesToBase64(cvTextToPdf(cv));
    const response = await page.evaluate((data) => {
      // Runs in the extension page, where `chrome` exists; Node's types do not know it.
      const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      return ext.runtime.sendMessage({ type: 'profile.import', format: 'auto', base64: data, fileName: 'cv.pdf' });
    }, base64);
    expect(response).toMatchObject({ ok: true, summary: { education: { added: 2 }, publications: { added: 2 } } });
    await page.close();
  });
});
