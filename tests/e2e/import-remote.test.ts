/**
 * Issue 5's fetch by ORCID iD and dblp pid in real Chromium: the options page asks for the origin on the click,
 * fetches the record (answered here by Playwright routing with the recorded responses of a fictional researcher;
 * nothing reaches the network), previews it, and saves only on confirmation. A failed fetch says why and leaves
 * the stored data exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchExtension, type ExtensionSession } from './harness';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/import/remote', name), 'utf8');

const ORCID_ID = '0000-0004-7711-230X';
/** A valid iD (right check digit) that the routed ORCID answers with 404. */
const UNKNOWN_ORCID_ID = '0000-0004-1234-5671';

type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };
interface Seen {
  url: string;
  accept: string | undefined;
  cookie: string | undefined;
  page: string | undefined;
}

describe('import by ORCID iD and dblp pid in Chromium', () => {
  let session: ExtensionSession;
  const seen: Seen[] = [];

  const answer = (route: Route, status: number, type: string, body: string) =>
    route.fulfill({ status, contentType: type, body, headers: { 'access-control-allow-origin': '*' } });

  beforeAll(async () => {
    session = await launchExtension();
    // context.route sees the fetches of extension pages (the options page) and, in playwright-core 1.65 without
    // the old PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS switch, those of the background service worker too.
    await session.context.route('https://pub.orcid.org/**', async (route) => {
      const request = route.request();
      const headers = await request.allHeaders();
      const page = request.serviceWorker() ? request.serviceWorker()?.url() : request.frame().url();
      seen.push({ url: request.url(), accept: headers.accept, cookie: headers.cookie, page });
      const path = new URL(request.url()).pathname;
      if (path === `/v3.0/${ORCID_ID}/record`)
        return answer(route, 200, 'application/json', fixture('orcid-record.json'));
      if (path.startsWith(`/v3.0/${ORCID_ID}/works/`))
        return answer(route, 200, 'application/json', fixture('orcid-works-bulk.json'));
      return answer(route, 404, 'application/json', fixture('orcid-not-found.json'));
    });
    await session.context.route('https://dblp.org/**', async (route) => {
      const request = route.request();
      seen.push({ url: request.url(), accept: undefined, cookie: undefined, page: undefined });
      if (new URL(request.url()).pathname === '/pid/999/4417.xml')
        return answer(route, 200, 'application/xml', fixture('dblp-person.xml'));
      // Whatever else asks dblp: as if the machine were offline.
      return route.abort('internetdisconnected');
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  const openImport = async (): Promise<Page> => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/import`);
    await page.locator('[data-ready]').waitFor();
    return page;
  };
  const backupNow = async () => {
    const res = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'backup' });
    if (!res.ok) throw new Error(res.error);
    return res.data.replace(/"exportedAt":\s*"[^"]*"/, '"exportedAt":""');
  };
  const hasOrigin = (origin: string) =>
    session.control.evaluate(async (o) => await chrome.permissions.contains({ origins: [o] }), origin);

  it('fetches an ORCID record on the click, previews it, and saves it only when confirmed', async () => {
    const page = await openImport();
    const before = await backupNow();
    await page.getByLabel('ORCID iD or orcid.org address').fill(`https://orcid.org/${ORCID_ID}`);
    await page.getByRole('button', { name: 'Import from ORCID' }).click();
    const preview = page.locator('.import-preview');
    await page.locator('.import-preview, .import-panel [role="alert"]').first().waitFor();
    expect(await page.locator('.import-panel [role="alert"]').allTextContents()).toEqual([]);
    await expect.poll(() => preview.getByRole('heading').textContent()).toContain('fetched from pub.orcid.org');
    const publicationsRow = preview.getByRole('row', { name: /Publications/ });
    expect(await publicationsRow.locator('td').nth(1).textContent()).toBe('3');

    // One record call and one bulk works call, from the options page, asking for JSON, with no cookies.
    expect(seen.map((s) => s.url)).toEqual([
      `https://pub.orcid.org/v3.0/${ORCID_ID}/record`,
      `https://pub.orcid.org/v3.0/${ORCID_ID}/works/90000101,90000102,90000103`,
    ]);
    expect(seen.every((s) => s.accept === 'application/json' && s.cookie === undefined)).toBe(true);
    expect(seen[0]?.page).toMatch(/^chrome-extension:\/\/.*\/options\.html/);
    // permissions.request resolved true on the click without a prompt (a prompt would hang a headless run, and a
    // refusal shows an error instead of the preview): Chromium grants an origin that the install-time <all_urls>
    // host permission already covers.
    expect(await hasOrigin('https://pub.orcid.org/*')).toBe(true);
    // The preview saved nothing.
    expect(await backupNow()).toBe(before);

    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor();
    const exported = await session.send<Answer<{ data: string }>>({ type: 'profile.export', format: 'json-resume' });
    if (!exported.ok) throw new Error(exported.error);
    const resume = JSON.parse(exported.data);
    expect(resume.basics.name).toBe('Marisol Quenneville');
    expect(resume.basics.profiles).toEqual(
      expect.arrayContaining([expect.objectContaining({ url: `https://orcid.org/${ORCID_ID}` })]),
    );
    expect(resume.publications.map((p: { name: string }) => p.name).sort()).toEqual([
      'A Survey of Inductive Synthesis Benchmarks',
      'Synthesising Loop Invariants from Counterexamples',
      'Type-Directed Repair of Student Programs',
    ]);
    const stored = await session.send<Answer<{ profile: { publications: { title: string; authors: object[] }[] } }>>({
      type: 'profile.get',
    });
    if (!stored.ok) throw new Error(stored.error);
    const paper = stored.profile.publications.find((p) => p.title.startsWith('Synthesising'));
    expect(paper?.authors).toEqual([
      expect.objectContaining({ name: 'Marisol Quenneville', self: true }),
      expect.objectContaining({ name: 'Dev Ramaswamy-Holt' }),
    ]);
    await page.close();
  });

  it('says an unknown iD is unknown and leaves the profile byte-identical', async () => {
    const page = await openImport();
    const before = await backupNow();
    seen.length = 0;
    await page.getByLabel('ORCID iD or orcid.org address').fill(UNKNOWN_ORCID_ID);
    await page.getByRole('button', { name: 'Import from ORCID' }).click();
    const alert = page.locator('.import-panel [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      `ORCID has no public record for ${UNKNOWN_ORCID_ID}: check the iD. Nothing was imported.`,
    );
    expect(seen.map((s) => s.url)).toEqual([`https://pub.orcid.org/v3.0/${UNKNOWN_ORCID_ID}/record`]);
    expect(await page.locator('.import-preview').count()).toBe(0);
    expect(await backupNow()).toBe(before);
    await page.close();
  });

  it('refuses an iD with a wrong check digit before asking anyone', async () => {
    const page = await openImport();
    seen.length = 0;
    await page.getByLabel('ORCID iD or orcid.org address').fill('0000-0004-7711-2301');
    await page.getByRole('button', { name: 'Import from ORCID' }).click();
    await expect.poll(() => page.locator('.import-panel [role="alert"]').textContent()).toMatch(/check digit/);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('fetches a dblp person by pid URL, and a network failure changes nothing', async () => {
    const page = await openImport();
    const before = await backupNow();
    await page.getByLabel('dblp pid or person page address').fill('https://dblp.org/pid/998/1.html');
    await page.getByRole('button', { name: 'Import from DBLP' }).click();
    await expect
      .poll(() => page.locator('.import-panel [role="alert"]').textContent())
      .toBe('Could not reach dblp.org (offline, or blocked by a proxy or firewall?). Nothing was imported.');
    expect(await backupNow()).toBe(before);

    await page.getByLabel('dblp pid or person page address').fill('https://dblp.org/pid/999/4417.html');
    await page.getByRole('button', { name: 'Import from DBLP' }).click();
    const preview = page.locator('.import-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading').textContent()).toContain('fetched from dblp.org');
    expect(await backupNow()).toBe(before);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor();
    const stored = await session.send<Answer<{ profile: { links: { dblp?: string } } }>>({ type: 'profile.get' });
    expect(stored.ok && stored.profile.links.dblp).toBe('999/4417');
    expect(session.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it('imports by iD through profile.import, fetching from the background', async () => {
    const created = await session.send<Answer<{ id: string }>>({ type: 'profile.create', label: 'Automation' });
    if (!created.ok) throw new Error(created.error);
    await session.send({ type: 'profile.activate', profileId: created.id });
    seen.length = 0;
    const unknown = await session.send<Answer<object>>({
      type: 'profile.import',
      format: 'orcid-id',
      data: UNKNOWN_ORCID_ID,
    });
    expect(unknown).toEqual({
      ok: false,
      error: `ORCID has no public record for ${UNKNOWN_ORCID_ID}: check the iD. Nothing was imported.`,
    });
    const before = await backupNow();
    const preview = await session.send<Answer<{ summary: Record<string, { added: number }> }>>({
      type: 'profile.import',
      format: 'orcid-id',
      data: ORCID_ID,
      dryRun: true,
    });
    expect(preview.ok && preview.summary.publications?.added).toBe(3);
    expect(await backupNow()).toBe(before);
    expect(await session.send({ type: 'profile.import', format: 'orcid-id', data: ORCID_ID })).toEqual(preview);
    expect(seen[0]?.page).toBe(session.worker.url());
    expect(seen.map((s) => new URL(s.url).pathname)).toEqual([
      `/v3.0/${UNKNOWN_ORCID_ID}/record`,
      ...Array<string[]>(2)
        .fill([`/v3.0/${ORCID_ID}/record`, `/v3.0/${ORCID_ID}/works/90000101,90000102,90000103`])
        .flat(),
    ]);
    const stored = await session.send<Answer<{ profile: { id: string; publications: object[] } }>>({
      type: 'profile.get',
    });
    expect(stored.ok && stored.profile.id === created.id && stored.profile.publications.length).toBe(3);
  });
});
