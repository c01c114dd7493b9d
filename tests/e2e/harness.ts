/**
 * Real-browser harness: the built extension (.output/chrome-mv3) in Debian's Chromium via playwright-core, and
 * fixture pages served from tests/fixtures/pages on two loopback ports (the second one is a different origin,
 * for cross-origin iframes). Outside test suites drive Vitae the same way: messages from an extension page.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createBackup, serializeBackup, type Backup } from '../../lib/backup/backup';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import CHROMIUM_FLAGS from './chromium-args.json';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
};

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH');
  return found;
}

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serve a folder on 127.0.0.1 (port 0 = any free port). Extra routes answer before files. */
export async function serveStatic(
  dir = PAGES_DIR,
  routes: Record<string, (body: string) => { status?: number; type?: string; body: string }> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = routes[url.pathname];
      if (route) {
        const out = route(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(out.status ?? 200, { 'content-type': out.type ?? 'text/plain; charset=utf-8' });
        res.end(out.body);
        return;
      }
      const path = normalize(join(dir, decodeURIComponent(url.pathname)));
      if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      const file = readFileSync(path);
      res.end(extname(path) === '.html' ? asPage(file.toString('utf8')) : file);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    // Idle keep-alive connections of a browser that stays open would hold close() for its keep-alive timeout.
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** A whole page: the shell every fixture page shares (doctype, language, charset, no favicon request). */
export function pageShell(head: string, body: string): string {
  const shell = ['<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8" />'];
  return [...shell, '<link rel="icon" href="data:," />', head.trim(), '</head>', body.trim(), '</html>', ''].join('\n');
}

/**
 * A fixture page may be written as only what is its own, its <head> content (title, styles) then its <body>
 * (tests/fixtures/pages/fill): it is served in the shared shell. A file that starts with a doctype is served as it is.
 */
function asPage(html: string): string {
  const body = html.search(/<body[\s>]/i);
  if (/^\s*<!doctype/i.test(html) || body < 0) return html;
  return pageShell(html.slice(0, body), html.slice(body));
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** An extension page (options.html) used to send automation messages. */
  control: Page;
  /** Send a message to the background from an extension page, as the popup and options do. */
  send<T = unknown>(message: Record<string, unknown>): Promise<T>;
  /** The tab id of a page, as the background sees it. */
  tabIdOf(page: Page): Promise<number>;
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Headless Chromium's flags for every real-browser test and benchmark (the .mjs benchmarks read the same file). */
export const CHROMIUM_ARGS: readonly string[] = CHROMIUM_FLAGS;

/** Launch Chromium with the built extension. Reuse `userDataDir` to test persistence across restarts. */
export async function launchExtension(
  options: { userDataDir?: string; headless?: boolean } = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vitae-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  // The first-run page opens on install; use it (or a fresh options page) as the control page.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/options.html`);
  await control.waitForLoadState('domcontentloaded');

  const send = async <T>(message: Record<string, unknown>): Promise<T> =>
    control.evaluate(async (m) => await chrome.runtime.sendMessage(m), message) as Promise<T>;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await control.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (id === undefined) throw new Error(`No tab with url ${url}`);
    return id;
  };

  return {
    context,
    worker,
    extensionId,
    userDataDir,
    control,
    send,
    tabIdOf,
    consoleErrors,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A backup holding only the fictional sample profile, active, with default settings. */
export function sampleBackup(): Backup {
  return createBackup({
    activeProfileId: SAMPLE_PROFILE.id,
    profiles: [SAMPLE_PROFILE],
    documents: [],
    siteRules: [],
    settings: {},
  });
}

/**
 * Import the fictional sample profile through the public `profile.import` message (as a backup, so it becomes the
 * only and active profile). Works with any session that can send messages: Chromium, Firefox, the demo.
 */
export async function importSampleProfile(session: {
  send<T = unknown>(message: Record<string, unknown>): Promise<T>;
}): Promise<void> {
  const backup = sampleBackup();
  const imported = await session.send<{ ok: boolean; error?: string }>({
    type: 'profile.import',
    format: 'backup',
    data: serializeBackup(backup),
  });
  if (!imported.ok) throw new Error(`Could not import the sample profile: ${imported.error}`);
}
