/**
 * What the fill benchmarks share (scripts/bench-fill-e2e.ts, scripts/bench-cold-start.ts): one fill through
 * `fill.tab` timed to the first and last value the page received, and DuckDuckGo's autofill (the peer, read in place
 * from ../shared/peers/ddg-autofill) classifying the same page. Neither script copies the other's way of measuring.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchExtension, serveStatic, type ExtensionSession, type StaticServer } from '../tests/e2e/harness';
import { loadProfile } from '../tests/e2e/fill-helpers';
import { generatePage } from './fill-bench-page';

const PEER = join(ROOT, '../shared/peers/ddg-autofill/autofill.js');

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
export const ms = (x: number) => `${Math.round(x)} ms`;

/**
 * The peer as its own integration tests run it: configuration markers replaced, macOS platform with the modern
 * WebKit API, identities enabled, and the per-page and per-form input limits lifted as its performance tests do.
 */
const all = (names: string[]) => Object.fromEntries(names.map((n) => [n, true]));
const AVAILABLE_INPUT_TYPES = {
  credentials: { username: true, password: true },
  identities: all([
    'firstName',
    'middleName',
    'lastName',
    'birthdayDay',
    'birthdayMonth',
    'birthdayYear',
    'addressStreet',
    'addressStreet2',
    'addressCity',
    'addressProvince',
    'addressPostalCode',
    'addressCountryCode',
    'phone',
    'emailAddress',
  ]),
  creditCards: all(['cardName', 'cardSecurityCode', 'expirationMonth', 'expirationYear', 'cardNumber']),
  email: true,
};

const PEER_CONFIGURATION = {
  contentScope: { features: { autofill: { exceptions: [], state: 'enabled' } }, unprotectedTemporary: [] },
  userUnprotectedDomains: [],
  userPreferences: {
    debug: false,
    platform: { name: 'macos' },
    features: {
      autofill: {
        settings: {
          featureToggles: {
            inputType_credentials: true,
            inputType_identities: true,
            inputType_creditCards: true,
            emailProtection: true,
            password_generation: false,
            credentials_saving: true,
          },
        },
      },
    },
  },
};

/** The peer's answers to the native messages its start-up sends (see its integration-test/helpers/mocks.webkit.js). */
export const PEER_MOCKS = {
  getRuntimeConfiguration: { success: PEER_CONFIGURATION },
  getAvailableInputTypes: { success: AVAILABLE_INPUT_TYPES },
  pmHandlerGetAutofillInitData: { success: { identities: [], credentials: [], creditCards: [] } },
  emailHandlerCheckAppSignedInStatus: { isAppSignedIn: false },
};

export function peerSource(): string | null {
  if (!existsSync(PEER)) return null;
  const replacements: Record<string, unknown> = {
    isApp: true,
    hasModernWebkitAPI: true,
    ...PEER_CONFIGURATION,
    availableInputTypes: AVAILABLE_INPUT_TYPES,
  };
  let source = readFileSync(PEER, 'utf8');
  for (const [name, value] of Object.entries(replacements)) {
    source = source.replace(`// INJECT ${name} HERE`, `${name} = ${JSON.stringify(value)};`);
  }
  for (const limit of ['MAX_INPUTS_PER_PAGE: 100,', 'MAX_INPUTS_PER_FORM: 80,', 'MAX_FORMS_PER_PAGE: 30,']) {
    if (!source.includes(limit)) throw new Error(`the peer script changed: ${limit} not found`);
    source = source.replace(limit, limit.replace(/\d+,$/, '1e6,'));
  }
  return source;
}

/** Runs in the page: answer the peer's native messages at once, as its WebKit mocks do (others: an empty success). */
function installPeerMocks(responses: Record<string, unknown>): void {
  const handler = (name: string) => ({
    postMessage: () => Promise.resolve(JSON.stringify(responses[name] ?? { success: {} })),
  });
  const messageHandlers = new Proxy({}, { has: () => true, get: (_target, name) => handler(String(name)) });
  (window as unknown as { webkit: unknown }).webkit = { messageHandlers };
}

/** Runs in the page: inject the peer and wait for its first scan; the time and how many inputs it classified. */
function runPeer(source: string): Promise<{ ms: number; classified: number; inputs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    const started = Date.now();
    const poll = () => {
      const mark = performance.getEntriesByName('initial_scanner:init:end')[0];
      if (mark) {
        resolve({
          ms: mark.startTime - t0,
          classified: document.querySelectorAll('[data-ddg-inputtype]').length,
          inputs: document.querySelectorAll('input').length,
        });
      } else if (Date.now() - started > 60_000) reject(new Error('the peer never finished its first scan'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** Runs in the page: note the wall-clock time of every field's `input` event (Vitae's writes fire one each). */
function recordInputs(): void {
  const w = window as unknown as { __bench: { first: number; last: number; count: number } };
  w.__bench = { first: 0, last: 0, count: 0 };
  document.addEventListener(
    'input',
    () => {
      const now = performance.timeOrigin + performance.now();
      if (!w.__bench.first) w.__bench.first = now;
      w.__bench.last = now;
      w.__bench.count += 1;
    },
    true,
  );
}

export interface FillTiming {
  /** fill.tab sent → its answer back in the extension page. */
  answer: number;
  first: number;
  last: number;
  inputs: number;
  filled: number;
  measures: Record<string, number>;
}

export async function fillOnce(session: ExtensionSession, page: Page, tabId: number): Promise<FillTiming> {
  await page.evaluate(recordInputs);
  const sent = await session.control.evaluate(async (id) => {
    const t0 = performance.timeOrigin + performance.now();
    const report = (await chrome.runtime.sendMessage({ type: 'fill.tab', tabId: id })) as {
      ok: boolean;
      error?: string;
      filled?: unknown[];
    };
    return { t0, t1: performance.timeOrigin + performance.now(), report };
  }, tabId);
  if (!sent.report.ok) throw new Error(`fill.tab failed: ${sent.report.error}`);
  const seen = await page.evaluate(
    () => (window as unknown as { __bench: { first: number; last: number; count: number } }).__bench,
  );
  if (!seen.count) throw new Error('the fill wrote nothing into the page');
  const measures = await session.worker.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('vitae:'))
      .reduce<Record<string, number>>((sums, m) => {
        const name = m.name.slice('vitae:'.length);
        sums[name] = (sums[name] ?? 0) + m.duration;
        return sums;
      }, {}),
  );
  return {
    answer: sent.t1 - sent.t0,
    first: seen.first - sent.t0,
    last: seen.last - sent.t0,
    inputs: seen.count,
    filled: sent.report.filled?.length ?? 0,
    measures,
  };
}

export async function peerOnce(page: Page, url: string, source: string, mocks: Record<string, unknown>) {
  await page.goto(url);
  await page.evaluate(installPeerMocks, mocks);
  const result = await page.evaluate(runPeer, source);
  // Its inputs are the text-like ones (not selects); a scan that classified none measured nothing.
  if (result.classified < result.inputs * 0.5) {
    throw new Error(`the peer classified only ${result.classified} of ${result.inputs} inputs`);
  }
  return result;
}

export interface FillBench {
  /** The peer's script, or null where ../shared/peers is not there. */
  source: string | null;
  server: StaticServer;
  session: ExtensionSession;
  /** The bench page of `n` fields. */
  url: (n: number) => string;
  close: () => Promise<void>;
}

/**
 * What both fill benches start with: the generated pages of each size served at `/${prefix}-${n}.html`, Chromium with
 * the built extension and the test profile loaded, and the peer's script.
 */
export async function openFillBench(prefix: string, sizes: number[]): Promise<FillBench> {
  const pages: Record<string, () => { type: string; body: string }> = {};
  for (const n of sizes)
    pages[`/${prefix}-${n}.html`] = () => ({ type: 'text/html; charset=utf-8', body: generatePage(n) });
  const server = await serveStatic(undefined, pages);
  const session = await launchExtension();
  const close = async () => {
    await session.close();
    await server.close();
  };
  try {
    await loadProfile(session);
  } catch (error) {
    await close();
    throw error;
  }
  return { source: peerSource(), server, session, url: (n) => `${server.url}/${prefix}-${n}.html`, close };
}
