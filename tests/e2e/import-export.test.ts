/**
 * Issue 2's automation contract in real Chromium: profile.import / profile.export round trips, and bad input that
 * answers {ok:false, error} while the stored data stays exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, type ExtensionSession } from './harness';

/** Drop Vitae's documented extension keys (`x-vitae…`) so only standard JSON Resume fields are compared. */
function standardOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(standardOnly);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !key.startsWith('x-'))
        .map(([key, v]) => [key, standardOnly(v)]),
    );
  }
  return value;
}

type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

const RICH_RESUME = readFileSync(join(ROOT, 'tests/fixtures/import/json-resume-rich.json'), 'utf8');

describe('profile.import and profile.export in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  const backupNow = async () => {
    const res = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'backup' });
    if (!res.ok) throw new Error(res.error);
    return { ...(JSON.parse(res.data) as Record<string, unknown>), exportedAt: '' };
  };

  it('round-trips every standard JSON Resume field through import and export', async () => {
    const imported = await session.send<Answer<{ summary: object; warnings: string[] }>>({
      type: 'profile.import',
      format: 'json-resume',
      data: RICH_RESUME,
    });
    expect(imported).toMatchObject({ ok: true });
    const exported = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'json-resume' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const original = JSON.parse(RICH_RESUME) as Record<string, unknown>;
    const back = JSON.parse(exported.data) as Record<string, unknown>;
    for (const section of Object.keys(original).filter((k) => k !== '$schema' && k !== 'meta')) {
      expect(standardOnly(back[section]), section).toEqual(original[section]);
    }
  });

  it.each([
    ['text that is not JSON', { format: 'json-resume', data: 'Dear committee, please find my CV attached' }],
    ['a JSON Resume with wrong types', { format: 'json-resume', data: '{"basics": {"name": 42, "email": ["x"]}}' }],
    ['an unknown format', { format: 'word-97', data: '{}' }],
    [
      'a backup with a broken profile',
      {
        format: 'backup',
        data: '{"format":"vitae-backup","version":1,"schemaVersion":1,"exportedAt":"x","profiles":[{"id":""}]}',
      },
    ],
    ['no data at all', { format: 'json-resume' }],
  ])('refuses %s with a clear error and changes nothing', async (_label, request) => {
    const before = await backupNow();
    const res = await session.send<Answer<object>>({ type: 'profile.import', ...request });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.length).toBeGreaterThan(10);
    expect(res.error).not.toMatch(/undefined|\[object Object\]/);
    expect(await backupNow()).toEqual(before);
  });

  it('opens the popup and the options page without console errors', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForSelector('button');
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('main');
    await popup.waitForTimeout(300);
    expect(session.consoleErrors).toEqual([]);
  });
});
