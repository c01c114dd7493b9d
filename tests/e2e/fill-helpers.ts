/**
 * Shared set-up for the in-page filling tests: a fictional researcher's profile (with a CV document) loaded through
 * the public `profile.import` backup path, and small readers for the fill report.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';

/** A small but real PDF (one empty page), so file inputs receive bytes a PDF reader would accept. */
export const CV_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export const PROFILE_ID = 'p-aurelia';

/** Aurelia Quintero-Vance is fictional; every address and id below is made up. */
export const PROFILE = {
  id: PROFILE_ID,
  label: 'Academic',
  name: { given: 'Aurelia', family: 'Quintero-Vance', full: 'Aurelia Quintero-Vance', honorific: 'Dr.' },
  emails: [
    { address: 'aurelia.qv@cs.northbridge.example.edu', kind: 'academic', primary: true },
    { address: 'aurelia@home.example.org', kind: 'personal' },
  ],
  phones: [{ raw: '+1 555 013 2288', e164: '+15550132288', kind: 'work', primary: true }],
  address: {
    lines: ['4 Lantern Row', 'Office 12'],
    city: 'Port Ellery',
    region: 'Ontario',
    postalCode: 'K7L 3N6',
    country: 'CA',
  },
  links: {
    homepage: 'https://aurelia.example.org',
    orcid: '0000-0002-1825-0097',
    googleScholar: 'AbCdEf123456',
    dblp: '123/4567',
    github: 'aqvance',
  },
  positions: [
    {
      id: 'pos1',
      title: 'Assistant Professor',
      department: 'Computer Science',
      institution: 'Northbridge University',
      institutionDomain: 'cs.northbridge.example.edu',
      city: 'Port Ellery',
      country: 'CA',
      start: '2022-07',
      end: 'present',
    },
    {
      id: 'pos2',
      title: 'Postdoctoral Fellow',
      institution: 'Halvorsen Institute',
      country: 'DK',
      start: '2020-01',
      end: '2022-06',
    },
  ],
  education: [
    {
      id: 'ed1',
      degree: 'Ph.D.',
      field: 'Computer Science',
      institution: 'Calder Technical University',
      start: '2015-09',
      end: '2019-12',
    },
    {
      id: 'ed2',
      degree: 'B.Sc.',
      field: 'Mathematics',
      institution: 'University of Westmarch',
      start: '2011-09',
      end: '2015-06',
    },
  ],
  interests: ['program synthesis', 'machine learning'],
};

export async function loadProfile(
  // Only `send` is needed, so the Firefox harness (tests/e2e/firefox-harness.ts) can load the same profile.
  session: Pick<ExtensionSession, 'send'>,
  settings: Record<string, unknown> = {},
  profile: Record<string, unknown> = PROFILE,
): Promise<void> {
  const backup = {
    format: 'vitae-backup',
    version: 1,
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    activeProfileId: profile.id,
    profiles: [profile],
    documents: [
      {
        id: 'doc-cv',
        profileId: profile.id,
        kind: 'cv',
        fileName: 'Quintero-Vance-CV.pdf',
        mimeType: 'application/pdf',
        size: CV_PDF.length,
        addedAt: '2026-01-01T00:00:00.000Z',
        base64: CV_PDF.toString('base64'),
      },
    ],
    siteRules: [],
    settings,
  };
  const res = await session.send<{ ok: boolean; error?: string }>({
    type: 'profile.import',
    format: 'backup',
    data: JSON.stringify(backup),
  });
  if (!res.ok) throw new Error(`profile.import failed: ${res.error}`);
}

export interface FillReport {
  ok: boolean;
  error?: string;
  filled: { frameUrl: string; selector: string; field: string; value: string; reason?: string }[];
  skipped: { selector: string; reason: string; frameUrl?: string }[];
  total?: number;
}

export async function fillPage(
  session: ExtensionSession,
  page: Page,
  extra: Record<string, unknown> = {},
): Promise<FillReport> {
  const tabId = await session.tabIdOf(page);
  return session.send<FillReport>({ type: 'fill.tab', tabId, ...extra });
}

export async function undoPage(session: ExtensionSession, page: Page): Promise<{ ok: boolean; restored: number }> {
  const tabId = await session.tabIdOf(page);
  return session.send({ type: 'fill.undo', tabId });
}

/** Values of fields by CSS selector (in the page's main world: what the page's own scripts see). */
export async function valuesOf(page: Page, selectors: string[]): Promise<Record<string, string>> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const s of list) {
      const el = document.querySelector<HTMLInputElement>(s);
      out[s] = el ? (el.type === 'checkbox' || el.type === 'radio' ? String(el.checked) : el.value) : '<missing>';
    }
    return out;
  }, selectors);
}

/**
 * Runs in the page: every control by name, radios and checkboxes as their value when checked, joined per name.
 * Self-contained, so that Playwright and Puppeteer can serialise it into the page.
 */
export function controlValuesByName(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of Array.from(
    document.querySelectorAll<HTMLInputElement>('input:not([type=submit]), select, textarea'),
  )) {
    const v = el.type === 'radio' || el.type === 'checkbox' ? (el.checked ? el.value : '') : el.value;
    out[el.name] = (out[el.name] ?? '') + v;
  }
  return out;
}

export function filledSelectors(report: FillReport): string[] {
  return report.filled.map((f) => f.selector).sort();
}

/**
 * Vitae's overlay lives in a closed shadow root that page scripts (and Playwright's selectors) cannot enter; the
 * DevTools protocol can, as a person's eyes can. Returns the overlay's texts and the centre of an element in it.
 */
export async function readOverlay(
  page: Page,
  selector: string,
): Promise<{
  texts: string[];
  titles: string[];
  centre: { x: number; y: number } | null;
  /** The border box of the element `selector` found. */
  rect?: { left: number; top: number; right: number; bottom: number };
}> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === 'vitae-overlay');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return { texts: [], titles: [], centre: null };
    const texts: string[] = [];
    const titles: string[] = [];
    walk(shadow, (n) => {
      if (n.nodeType === 3 && n.nodeValue?.trim()) texts.push(n.nodeValue.trim());
      const attrs = n.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'title') titles.push(attrs[i + 1]!);
    });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    if (!nodeId) return { texts, titles, centre: null };
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    const [left, top, , , right, bottom] = model.border as [number, number, number, number, number, number];
    return { texts, titles, centre: { x: (x1 + x3) / 2, y: (y1 + y3) / 2 }, rect: { left, top, right, bottom } };
  } finally {
    await cdp.detach();
  }
}

/**
 * Wait until the overlay shows `text`, then the overlay with the centre of `button` in it (the overlay may change
 * between the protocol's calls, a node gone before its box is read: then it is read again).
 */
export async function waitForOverlay(
  page: Page,
  text: RegExp,
  button: string,
): Promise<{ texts: string[]; titles: string[]; centre: { x: number; y: number } }> {
  let last = '';
  for (let i = 0; i < 80; i += 1) {
    const overlay = await readOverlay(page, button).catch(() => null);
    last = overlay?.texts.join(' ') ?? last;
    if (overlay?.centre && text.test(last)) return { ...overlay, centre: overlay.centre };
    await page.waitForTimeout(100);
  }
  throw new Error(`The overlay never showed ${text}; it showed: ${last}`);
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function walk(node: CdpNode, visit: (n: CdpNode) => void): void {
  visit(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, visit);
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  let found: CdpNode | undefined;
  walk(node, (n) => {
    if (!found && test(n)) found = n;
  });
  return found;
}

/** What `useFillSession` needs of a browser session: the Chromium one (tests/e2e/harness.ts) or Firefox's. */
type FillSession = Pick<ExtensionSession, 'send' | 'close'>;

/**
 * For one test file (or describe block): the fixture pages served on 127.0.0.1 and a browser with the built extension
 * and a profile loaded, opened before the block's tests and closed after them. Read `env.session` / `env.server`
 * inside tests (and in `beforeAll` hooks registered after this call, which run after it). Defaults: the fixture pages,
 * Chromium, PROFILE and default settings.
 */
interface FillSessionOptions {
  serve?: () => Promise<StaticServer>;
  settings?: Record<string, unknown>;
  profile?: Record<string, unknown>;
}

export function useFillSession(options?: FillSessionOptions): {
  readonly session: ExtensionSession;
  readonly server: StaticServer;
};
export function useFillSession<S extends FillSession>(
  options: FillSessionOptions & { launch: () => Promise<S> },
): { readonly session: S; readonly server: StaticServer };
export function useFillSession(options: FillSessionOptions & { launch?: () => Promise<FillSession> } = {}): {
  readonly session: FillSession;
  readonly server: StaticServer;
} {
  const env = {} as { session: FillSession; server: StaticServer };
  beforeAll(async () => {
    env.server = await (options.serve ?? serveStatic)();
    env.session = await (options.launch ?? (() => launchExtension()))();
    await loadProfile(env.session, options.settings, options.profile);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
