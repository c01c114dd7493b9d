/**
 * Firefox harness: the built Firefox extension (.output/firefox-mv2) in Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi. The extension is driven exactly as in Chromium (tests/e2e/harness.ts): messages sent from one of
 * its own pages with `browser.runtime.sendMessage`.
 *
 * What Firefox ESR + BiDi does differently, and how this file copes:
 * - `page.goto('moz-extension://…')` never resolves (Firefox's BiDi NavigationManager loses the navigation when the
 *   tab switches to the extension process) and `page.url()` keeps saying about:blank. We start the navigation, wait
 *   for a selector that only the extension page has, and then check `location.href` from inside the page.
 * - The extension's internal UUID is random per install; the pref `extensions.webextensions.uuids` fixes it.
 * - BiDi reports no `log.entryAdded` events for moz-extension documents and runs no preload scripts in them, so
 *   console errors are gathered from Firefox itself: uncaught errors and unhandled rejections from the console
 *   service (read in the parent process through BiDi's chrome scope, which `--remote-allow-system-access` allows),
 *   and `console.error` calls from the extension's pages from Firefox's stdout dump
 *   (`devtools.console.stdout.content`). `probeConsoleCapture` proves both paths see errors before a test relies
 *   on them being empty.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'vitae@vitae.invalid';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH');
  return found;
}

/** The part of puppeteer's BiDi connection this file uses (public on BidiBrowser, not on the abstract Browser). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ChromeContextTree {
  contexts: { context: string; url: string }[];
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** The extension APIs seen from inside an extension page, for `page.evaluate` callbacks. */
interface ExtensionPageGlobals {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  };
}

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** `moz-extension://UUID` */
  origin: string;
  /** An options page used to send automation messages. */
  control: Page;
  send<T = unknown>(message: Record<string, unknown>): Promise<T>;
  /** Open an extension page (e.g. 'popup.html') in a new tab; resolves once `readySelector` is in it. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  /** Open a web page in a new tab and wait for its load event. */
  openPage(url: string): Promise<Page>;
  /** The tab id of a page, as the background sees it (looked up by URL). */
  tabIdOf(url: string): Promise<number>;
  /** Errors raised in the extension's pages and background since launch (see the header comment). */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

const CONSOLE_SERVICE_DUMP = `(() => {
  const out = [];
  for (const m of Services.console.getMessageArray()) {
    if (!(m instanceof Ci.nsIScriptError)) continue;
    if (m.flags & Ci.nsIScriptError.warningFlag || m.flags & Ci.nsIScriptError.infoFlag) continue;
    out.push({ source: m.sourceName, message: m.errorMessage });
  }
  return JSON.stringify(out);
})()`;

/** Firefox's own noise in the stdout dump, not caused by Vitae (each checked in ESR 153). */
function isFirefoxInternal(entry: string): boolean {
  if (entry.includes('moz-extension://')) return false;
  return /resource:\/\/|chrome:\/\/|RSLoader|Remote Settings/.test(entry);
}

/** Split Firefox's stdout dump into `console.error` entries (an entry runs until the next dump line starts). */
export function consoleErrorsFromDump(dump: string): string[] {
  const entries: string[] = [];
  let current: string[] | undefined;
  for (const line of dump.split('\n')) {
    if (/^(console\.\w+|JavaScript \w+|\[\w|\d{10,}\t|\*\*\*|WebDriver BiDi)/.test(line)) {
      if (current) entries.push(current.join('\n'));
      current = line.startsWith('console.error:') ? [line] : undefined;
    } else if (current) {
      current.push(line);
    }
  }
  if (current) entries.push(current.join('\n'));
  return entries.filter((e) => !isFirefoxInternal(e));
}

export async function launchFirefoxExtension(options: { headless?: boolean } = {}): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first`);
  }
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'devtools.console.stdout.content': true,
    },
  });
  let dump = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => (dump += chunk.toString('utf8')));
  child?.stderr?.on('data', (chunk: Buffer) => (dump += chunk.toString('utf8')));

  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  const openExtensionPage = async (path: string, readySelector: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${origin}/${path}`;
    // Resolves late or never for moz-extension URLs (see the header); the selector below is the real signal.
    page.goto(url).catch(() => undefined);
    // Poll by hand: while the moz-extension document replaces about:blank, an evaluate can fail with a protocol
    // error ("right-hand side of 'in' should be an object") that would end waitForFunction at once.
    const prefix = url.split('#')[0]!;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await page
        .evaluate(
          (p: string, selector: string) => location.href.startsWith(p) && !!document.querySelector(selector),
          prefix,
          readySelector,
        )
        .catch(() => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`${path} did not show ${readySelector} within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const control = await openExtensionPage('options.html', '#app > *');

  const openPage = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  const send = async <T>(message: Record<string, unknown>): Promise<T> =>
    (await control.evaluate(
      async (m) => await (globalThis as unknown as ExtensionPageGlobals).browser.runtime.sendMessage(m),
      message,
    )) as T;

  const tabIdOf = async (url: string): Promise<number> => {
    const id = await control.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as ExtensionPageGlobals).browser.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab with url ${url}`);
    return id;
  };

  const consoleErrors = async (): Promise<string[]> => {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
      .result as ChromeContextTree;
    const chromeWindow = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!chromeWindow) throw new Error('No Firefox chrome window to read the console service from');
    const evaluated = (
      await connection.send('script.evaluate', {
        expression: CONSOLE_SERVICE_DUMP,
        target: { context: chromeWindow.context },
        awaitPromise: false,
      })
    ).result as EvaluateResult;
    if (evaluated.type !== 'success' || typeof evaluated.result?.value !== 'string') {
      throw new Error(`Could not read the console service: ${evaluated.exceptionDetails?.text ?? 'no value'}`);
    }
    const scriptErrors = (JSON.parse(evaluated.result.value) as { source: string; message: string }[])
      .filter((e) => e.source.startsWith(origin))
      // Closing a tab while one of its runtime.sendMessage calls is in flight: Firefox rejects the call as the page
      // unloads. A consequence of closing the page, not an error while it runs.
      .filter((e) => !e.message.startsWith('Promise rejected after context unloaded'))
      .map((e) => `${e.source}: ${e.message}`);
    // Let the extension process flush its stdout before reading the dump.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return [...scriptErrors, ...consoleErrorsFromDump(dump)];
  };

  return {
    browser,
    uuid,
    origin,
    control,
    send,
    openExtensionPage,
    openPage,
    tabIdOf,
    consoleErrors,
    close: () => browser.close(),
  };
}

/**
 * Make an extension page raise one `console.error` and one uncaught error carrying `marker`, so a test can check
 * that `consoleErrors()` sees both kinds before trusting an empty list.
 */
export async function raiseProbeErrors(page: Page, marker: string): Promise<void> {
  await page.evaluate((m: string) => {
    console.error(`${m} console`);
    setTimeout(() => {
      throw new Error(`${m} uncaught`);
    }, 0);
  }, marker);
}
