/**
 * Our own pages for the failure classes of issue #12 (tests/fixtures/accuracy), filled through the built extension
 * with the fictional identity-only person and scored as the corpus is (tests/e2e/accuracy-scoring.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillAndScore, importAccuracyProfile, totalsOf, type PageScore } from './accuracy-scoring';
import { ROOT, launchExtension, serveStatic, type ExtensionSession, type StaticServer } from './harness';

const DIR = join(ROOT, 'tests', 'fixtures', 'accuracy');

describe('fill accuracy on the failure classes of real pages', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  const scores: PageScore[] = [];

  beforeAll(async () => {
    server = await serveStatic(DIR);
    session = await launchExtension();
    await importAccuracyProfile(session);
    for (const file of readdirSync(DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const page = await session.context.newPage();
      scores.push(await fillAndScore(session, page, `${server.url}/${file}`, file));
      await page.close();
    }
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('writes no value into a field that asks for another fact, and finds ≥ 98 % of the facts asked for', () => {
    const wrong = scores.flatMap((p) =>
      p.outcomes
        .filter((o) => o.strict !== 'tp' && o.strict !== 'none')
        .map((o) => `${p.page}: ${o.strict} ${o.field.label} "${o.field.text}" ← ${o.field.received[0] ?? ''}`),
    );
    const t = totalsOf(scores);
    expect(t.fpStrict, wrong.join('\n')).toBe(0);
    expect(t.recall, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(t.framesThrown).toBe(0);
  });

  it('splits the unit off the street where the form has a second line, and writes the region code a 2-character box wants', () => {
    const page = scores.find((p) => p.page === 'address-unit-split.html');
    const got = Object.fromEntries(page?.outcomes.map((o) => [o.field.label, o.field.received[0]]) ?? []);
    expect(got).toMatchObject({
      addressStreet: '1200 Harbor View Drive',
      addressStreet2: 'Suite 300',
      addressProvince: 'WA',
      addressCountryCode: 'US',
    });
  });

  it('keeps the sign-in name of a sign-in form empty, and fills the email of a sign-up form whose id says signin', () => {
    const signIn = scores.find((p) => p.page === 'sign-in.html');
    expect(signIn?.outcomes.map((o) => o.field.received)).toEqual([[], []]);
    const signUp = scores.find((p) => p.page === 'sign-up-reused-ids.html');
    expect(signUp?.outcomes[0]?.field.received).toEqual(['marisol.okafor@harborview.example']);
  });

  it('never fills a box in role=search, a <search> element or the site navigation, and fills the form beside them', () => {
    const page = scores.find((p) => p.page === 'navigation-boxes.html');
    const got = page?.outcomes.map((o) => [o.field.label, o.field.received[0] ?? '']);
    expect(got).toEqual([
      ['unknown', ''],
      ['unknown', ''],
      ['unknown', ''],
      ['firstName', 'Marisol'],
      ['lastName', 'Okafor'],
      ['emailAddress', 'marisol.okafor@harborview.example'],
    ]);
    const skipped = page?.outcomes.slice(0, 3).map((o) => o.field.skipReason);
    expect(skipped).toEqual([
      expect.stringContaining('role=search'),
      expect.stringContaining('navigation'),
      expect.stringContaining('<search>'),
    ]);
  });

  it('fills the whole page although it holds frames that never finish loading', () => {
    const page = scores.find((p) => p.page === 'frame-never-idle.html');
    expect(page?.errors).toEqual([]);
    expect(page?.outcomes.map((o) => o.strict)).toEqual(['tp', 'tp', 'tp']);
  });
});
