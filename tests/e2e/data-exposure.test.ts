/**
 * Data exposure, in real Chromium with the built extension: a page that records, from its own JavaScript world,
 * everything it can observe (tests/fixtures/pages/exposure/recorder.js: DOM mutations, events with their values and
 * keys, window/BroadcastChannel messages, storage, cookies, globals, the final DOM) asks for four facts in the
 * top document and one in a same-origin iframe. After a fill it must have seen the filled values and nothing else of
 * the profile. The messages the background sends to the page's frames are recorded too, by wrapping
 * `chrome.tabs.sendMessage` (and the other ways into a tab) inside the extension's service worker before the fill:
 * no debug hook in the product, the shipped build is what runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FillTabResponse } from '../../lib/messaging/protocol';
import { FIELD_KINDS } from '../../lib/fields/kinds';
import { SAMPLE_PROFILE } from '../../lib/sample/sample-profile';
import { importSampleProfile, launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';

interface Exposure {
  seen: string[];
  dom: string[];
  storage: Record<string, string>;
  cookie: string;
  title: string;
  url: string;
  windowName: string;
  newGlobals: string[];
}

interface Recorded {
  api: string;
  payload: unknown;
}

/** Every string of the profile, except bookkeeping. */
function profileStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => profileStrings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!['id', 'createdAt', 'updatedAt', 'label', 'kind', 'type', 'status', 'role', 'person'].includes(k)) {
        profileStrings(v, out);
      }
    }
  }
  return out;
}

async function dump(page: Page): Promise<Exposure[]> {
  const out: Exposure[] = [];
  for (const frame of page.frames()) {
    out.push(
      (await frame.evaluate(() =>
        (window as unknown as { __exposure: { dump(): unknown } }).__exposure.dump(),
      )) as Exposure,
    );
  }
  return out;
}

function corpus(exposures: Exposure[]): string {
  return exposures
    .flatMap((e) => [
      ...e.seen,
      ...e.dom,
      ...Object.entries(e.storage).map(([k, v]) => `${k}=${v}`),
      e.cookie,
      e.title,
      e.url,
      e.windowName,
    ])
    .join('\n');
}

/** Wrap, inside the service worker, every API that can carry data into a tab; calls are kept in a global list. */
async function recordTabTraffic(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() => {
    type Fn = (...args: unknown[]) => unknown;
    const g = globalThis as unknown as {
      __vitaeRecorded?: Recorded[];
      chrome: Record<string, Record<string, Fn> | undefined>;
      browser?: Record<string, Record<string, Fn> | undefined>;
    };
    const recorded: Recorded[] = [];
    g.__vitaeRecorded = recorded;
    const copy = (v: unknown): unknown => {
      try {
        return JSON.parse(JSON.stringify(v ?? null)) as unknown;
      } catch {
        return String(v);
      }
    };
    const wrap = (
      ns: Record<string, Fn> | undefined,
      name: string,
      label: string,
      pick: (args: unknown[]) => unknown,
    ) => {
      const original = ns?.[name];
      if (!ns || typeof original !== 'function') return;
      ns[name] = function (this: unknown, ...args: unknown[]) {
        recorded.push({ api: label, payload: copy(pick(args)) });
        return original.apply(this, args);
      };
    };
    for (const root of [g.chrome, g.browser]) {
      if (!root) continue;
      wrap(root.tabs, 'sendMessage', 'tabs.sendMessage', (a) => a[1]);
      wrap(root.tabs, 'connect', 'tabs.connect', (a) => a.slice(1));
      wrap(root.tabs, 'executeScript', 'tabs.executeScript', (a) => a.slice(1));
      wrap(root.scripting, 'executeScript', 'scripting.executeScript', (a) => {
        const o = a[0] as { func?: { name?: string }; args?: unknown; files?: unknown };
        return { func: o.func?.name ?? null, args: o.args ?? null, files: o.files ?? null };
      });
      wrap(root.scripting, 'insertCSS', 'scripting.insertCSS', (a) => a[0]);
      wrap(root.storage?.session as Record<string, Fn> | undefined, 'set', 'storage.session.set', (a) => a[0]);
      wrap(
        root.storage?.session as Record<string, Fn> | undefined,
        'setAccessLevel',
        'storage.session.setAccessLevel',
        (a) => a[0],
      );
    }
  });
}

async function recordedTraffic(session: ExtensionSession): Promise<Recorded[]> {
  return session.worker.evaluate(
    () => (globalThis as unknown as { __vitaeRecorded?: Recorded[] }).__vitaeRecorded ?? [],
  );
}

const KIND_LABELS: string[] = Object.values(FIELD_KINDS).map((k) => k.label);

describe('what a page and its frames see of the profile', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let page: Page;
  let before: string;
  let after: string;
  let fill: FillTabResponse;
  let traffic: Recorded[];
  let exposures: Exposure[];

  beforeAll(async () => {
    server = await serveStatic();
    session = await launchExtension();
    await importSampleProfile(session);

    page = await session.context.newPage();
    await page.goto(`${server.url}/exposure/form.html`, { waitUntil: 'load' });
    before = corpus(await dump(page));
    await recordTabTraffic(session);
    fill = await session.send<FillTabResponse>({ type: 'fill.tab', tabId: await session.tabIdOf(page) });
    await page.waitForTimeout(300);
    exposures = await dump(page);
    after = corpus(exposures);
    traffic = await recordedTraffic(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const filledValues = () => (fill.ok ? fill.filled.map((f) => f.value) : []);

  /** Profile strings the page never asked for: neither filled nor part of a filled value nor on the page before. */
  const secrets = () =>
    [...new Set(profileStrings(SAMPLE_PROFILE))].filter(
      (s) =>
        s.length >= 5 &&
        !filledValues().some((v) => v.includes(s)) &&
        !before.includes(s) &&
        // Countries are stored as codes; two letters say nothing.
        !/^[A-Z]{2}$/.test(s),
    );

  it('fills the four facts in the page and the one in the frame', () => {
    expect(fill.ok).toBe(true);
    if (!fill.ok) return;
    const byField = Object.fromEntries(fill.filled.map((f) => [f.field, f.value]));
    expect(byField).toMatchObject({
      'name.given': 'Wenli',
      'name.family': 'Zhao',
      email: 'wenli.zhao@cs.northbridge.example',
      'position.institution': 'University of Northbridge',
    });
  });

  it('lets the page observe the filled values (the recorder works)', () => {
    for (const value of filledValues()) expect(after).toContain(value);
    expect(after).toMatch(/event: input value=Wenli/);
  });

  it('shows the page nothing else of the profile: not the second email, phones, address or publications', () => {
    const list = secrets();
    // The check must be about real data: the obvious candidates are among the secrets.
    expect(list).toEqual(
      expect.arrayContaining([
        'wendy.zhao.research@mail.example',
        '+44 20 7946 0321',
        'Provable Convergence of Learned Optimisers',
        '12 Harrow Lane',
        '0000-0002-1825-0097',
      ]),
    );
    const leaked = list.filter((s) => after.includes(s));
    expect(leaked).toEqual([]);
  });

  it('leaves nothing in the page’s JavaScript world, storage, cookies, title, URL or window name', () => {
    for (const e of exposures) {
      expect(e.newGlobals).toEqual([]);
      expect(e.storage).toEqual({});
      expect(e.cookie).toBe('');
      expect(e.windowName).toBe('');
    }
    expect(exposures[0]?.title).toBe('Reviewer sign-up');
  });

  it('sends the frames only FillSteps with the values being filled, never the profile', () => {
    const toTabs = traffic.filter((r) => r.api === 'tabs.sendMessage');
    expect(toTabs.length).toBeGreaterThan(0);
    // Only these kinds of message reach a page; no ports, no code strings, no CSS with data. The background also
    // keeps the fill's watched fields in storage.session (for "Remember for this site" after the worker sleeps),
    // which pages cannot read unless its access level is opened, which never happens.
    const kinds = new Set(['tabs.sendMessage', 'scripting.executeScript', 'storage.session.set']);
    expect(traffic.map((r) => r.api).filter((a) => !kinds.has(a))).toEqual([]);
    const kept = JSON.stringify(traffic.filter((r) => r.api === 'storage.session.set').map((r) => r.payload));
    expect(secrets().filter((s) => kept.includes(s))).toEqual([]);
    for (const r of traffic.filter((t) => t.api === 'scripting.executeScript')) {
      expect((r.payload as { args: unknown }).args).toBeNull();
    }
    const applies = toTabs
      .map((r) => r.payload as { type: string; steps?: Record<string, unknown>[]; files?: Record<string, unknown> })
      .filter((m) => m.type === 'content.apply');
    expect(applies.length).toBeGreaterThanOrEqual(2); // the top page and the frame
    const values = new Set(filledValues());
    for (const message of applies) {
      expect(Object.keys(message).sort()).toEqual(expect.arrayContaining(['steps', 'type']));
      expect(message.files ?? {}).toEqual({});
      for (const step of message.steps ?? []) {
        const value = step.action === 'select-option' ? (step.optionText ?? step.value) : step.value;
        if (typeof value === 'string') expect(values).toContain(value);
        for (const key of Object.keys(step)) {
          expect([
            'action',
            'value',
            'optionText',
            'checked',
            'fieldId',
            'kind',
            'reason',
            'confidence',
            'label',
          ]).toContain(key);
        }
        // The badge's label is the vocabulary's name of the kind, never profile data.
        if (step.label !== undefined) expect(KIND_LABELS).toContain(step.label);
      }
    }
    const everything = JSON.stringify(toTabs.map((r) => r.payload));
    expect(secrets().filter((s) => everything.includes(s))).toEqual([]);
    expect(everything).not.toContain(SAMPLE_PROFILE.id);
  });

  it('refuses to hand the profile to a content script that asks for it', async () => {
    const tabId = await session.tabIdOf(page);
    // Runs in the page's isolated world, where Vitae's content script lives: what a compromised content script could do.
    const answers = (await session.worker.evaluate(async (id: number) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            scripting: {
              executeScript(o: object): Promise<{ result: unknown }[]>;
            };
          };
        }
      ).chrome;
      const results = await c.scripting.executeScript({
        target: { tabId: id },
        func: async () => {
          const r = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
            .chrome.runtime;
          return [
            await r.sendMessage({ type: 'profile.export', format: 'backup' }),
            await r.sendMessage({ type: 'profile.get' }),
            await r.sendMessage({ type: 'profile.list' }),
            await r.sendMessage({ type: 'document.get', documentId: 'x' }),
            // Rules are learned only through rules.suggest/rules.learn, for fields of the last fill.
            await r.sendMessage({ type: 'rules.list' }),
            await r.sendMessage({ type: 'rules.save', rule: { origin: 'x', signature: 'y', target: 'email' } }),
            await r.sendMessage({ type: 'rules.suggest', fieldId: 'f999999', value: 'Wenli' }),
            await r.sendMessage({ type: 'rules.learn', fieldId: 'f999999', target: 'email' }),
          ];
        },
      });
      return results[0]?.result;
    }, tabId)) as { ok: boolean; error?: string }[];
    expect(answers).toHaveLength(8);
    for (const answer of answers) {
      expect(answer.ok).toBe(false);
      expect(JSON.stringify(answer)).not.toContain(SAMPLE_PROFILE.emails[0]!.address);
    }
  });
  it('lets a content script undo only the fill of its own tab, whatever tab id it names', async () => {
    const other = await session.context.newPage();
    await other.goto(`${server.url}/exposure/form.html?second`, { waitUntil: 'load' });
    const otherTab = await session.tabIdOf(other);
    const filled = await session.send<FillTabResponse>({ type: 'fill.tab', tabId: otherTab });
    expect(filled.ok && filled.filled.length).toBeGreaterThan(0);
    expect(await other.inputValue('#given')).toBe('Wenli');
    const answer = await session.worker.evaluate(
      async ({ from, target }: { from: number; target: number }) => {
        const c = (
          globalThis as unknown as {
            chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };
          }
        ).chrome;
        const results = await c.scripting.executeScript({
          target: { tabId: from },
          args: [target],
          func: (tabId: number) =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
            ).chrome.runtime.sendMessage({ type: 'fill.undo', tabId }),
        });
        return results[0]?.result;
      },
      { from: await session.tabIdOf(page), target: otherTab },
    );
    expect(answer).toMatchObject({ ok: true });
    expect(await other.inputValue('#given')).toBe('Wenli');
    await other.close();
  });
});
