/**
 * The import flow on the options page (issue #14 item 7), in the built extension in Chromium, as a person goes
 * through it: the preview comes into view with focus and shows every section that changes, positions included;
 * rows the file left incomplete get boxes to fix them before import; after import, a summary and a "still missing"
 * list that links to each section; a pasted profile address in an id field keeps the id; JSON that is not strict
 * JSON says where it is wrong, or is read with a warning. Fictional people only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

interface Answer<T> {
  ok: boolean;
  error?: string;
  data?: string;
  profile?: T;
}
interface StoredProfile {
  positions: { title: string; institution: string }[];
  experience: { role: string; organisation: string }[];
  links: Record<string, string>;
}

const CV =
  'Ilse Vanderhaegen\nSchool of Plant Sciences\nKarsthaven University\nilse@plants.karsthaven.edu\n\nEDUCATION\n\n' +
  'Ph.D., Plant Sciences, Karsthaven University, 2019–2024\n\nEXPERIENCE\n\n' +
  'Mar. 2021 – Jun. 2022 KU Advisor: Prof. Ansel Brightwater\n' +
  'Jan. 2017 – Feb. 2018 Fennick Seeds Ltd.\n';

describe('the import flow on the options page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  const open = async (route: string): Promise<Page> => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/${route}`);
    await page.locator('[data-ready]').waitFor();
    return page;
  };
  const profile = async () => {
    const res = await session.send<Answer<StoredProfile>>({ type: 'profile.get' });
    if (!res.ok || !res.profile) throw new Error(res.error);
    return res.profile;
  };
  const backupNow = async () => {
    const res = await session.send<Answer<never>>({ type: 'profile.export', format: 'backup' });
    if (!res.ok || res.data === undefined) throw new Error(res.error);
    return res.data.replace(/"exportedAt":\s*"[^"]*"/, '"exportedAt":""');
  };
  /** The focused element's text, and whether its top is inside the window. */
  const focusedInView = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      const top = el?.getBoundingClientRect().top ?? -1;
      return { text: el?.textContent ?? '', inView: top > -2 && top < window.innerHeight };
    });

  it('brings the preview into view with focus, positions included, and lets the person fix incomplete rows', async () => {
    const page = await open('import');
    await page.getByLabel(/paste your CV/).fill(CV);
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.locator('.import-preview');
    await page.locator('.import-preview, .import-panel [role="alert"]').first().waitFor();
    expect(await page.locator('.import-panel [role="alert"]').allTextContents()).toEqual([]);
    await expect.poll(async () => (await focusedInView(page)).text).toContain('What this import would do');
    expect((await focusedInView(page)).inView).toBe(true);

    const sections = await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.section));
    expect(sections).toEqual(expect.arrayContaining(['name', 'positions', 'education', 'experience']));
    expect(await preview.locator('tr[data-section="positions"]').textContent()).toContain('Karsthaven University');

    // The header gave no title for the position, and one experience row has no role: both are asked for.
    await preview.getByLabel(/^Title for .*Karsthaven University/).fill('Postdoctoral Researcher');
    await preview.getByLabel(/^Role for .*Fennick Seeds/).fill('Research Intern');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();

    await expect.poll(async () => (await focusedInView(page)).text).toMatch(/^Imported: \d+ added, \d+ changed\.$/);
    expect((await focusedInView(page)).inView).toBe(true);
    const result = page.locator('.import-result');
    expect(await result.locator('.import-result-sections').textContent()).toContain('Positions: 1 added');
    const missing = result.locator('.still-missing a');
    const links = await missing.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(
      expect.arrayContaining([
        ['Your ORCID iD', '#/links'],
        ['Your Google Scholar profile', '#/links'],
        ['Your DBLP pid', '#/links'],
        ['A bio', '#/bios'],
      ]),
    );
    // The header gave a current position, so it is not listed as missing.
    expect(links.map(([label]) => label)).not.toContain('A current position');

    const stored = await profile();
    expect(stored.positions).toEqual([
      expect.objectContaining({ title: 'Postdoctoral Researcher', institution: 'Karsthaven University' }),
    ]);
    expect(stored.experience).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'Research Intern', organisation: 'Fennick Seeds Ltd.' }),
      ]),
    );

    await missing.filter({ hasText: 'Your ORCID iD' }).click();
    await page.getByLabel('ORCID iD').waitFor();
    expect(new URL(page.url()).hash).toBe('#/links');
    await page.close();
  });

  it('keeps the id when a profile address is pasted or typed into an id field', async () => {
    const page = await open('links');
    const orcid = page.getByLabel('ORCID iD');
    await orcid.fill('https://orcid.org/0000-0002-1825-0097');
    await orcid.press('Tab');
    expect(await orcid.inputValue()).toBe('0000-0002-1825-0097');

    const scholar = page.getByLabel('Google Scholar user id');
    await scholar.fill('https://scholar.google.com/citations?user=abcDEF12345A&hl=en');
    await scholar.press('Tab');
    expect(await scholar.inputValue()).toBe('abcDEF12345A');

    // A real paste: the box shows the pid at once.
    const dblp = page.getByLabel('DBLP pid');
    await page.evaluate(() => navigator.clipboard.writeText('https://dblp.org/pid/77/1234-2.html'));
    await dblp.focus();
    await page.keyboard.press('Control+V');
    expect(await dblp.inputValue()).toBe('77/1234-2');
    expect(await page.locator('.field [role="alert"]').count()).toBe(0);

    await expect
      .poll(async () => (await profile()).links)
      .toMatchObject({ orcid: '0000-0002-1825-0097', googleScholar: 'abcDEF12345A', dblp: '77/1234-2' });
    // An address of another site is not taken for an id, and says why.
    await scholar.fill('https://example.org/people/ilse');
    await scholar.press('Tab');
    expect(await page.locator('.field [role="alert"]').textContent()).toContain('Google Scholar');
    expect((await profile()).links.googleScholar).toBe('abcDEF12345A');
    await page.close();
  });

  it('says on which line and column a .json file is not JSON, and reads commented JSON with a warning', async () => {
    const page = await open('import');
    const before = await backupNow();
    const file = page.getByLabel(/choose a file/);
    await file.setInputFiles({
      name: 'resume.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "basics": {\n    "name": "Oskar Pellinen"\n    "email": "oskar@example.org"\n  }\n}\n'),
    });
    await page.getByRole('button', { name: 'Preview import' }).click();
    const alert = page.locator('.import-panel [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Not valid JSON: .*line 4 column 5/);
    expect(await backupNow()).toBe(before);

    await file.setInputFiles({
      name: 'resume.json',
      mimeType: 'application/json',
      buffer: Buffer.from('// exported by hand\n{\n  "basics": { "name": "Oskar Pellinen", }, // trailing comma\n}\n'),
    });
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.locator('.import-preview').waitFor();
    expect(await page.locator('.import-preview .warnings').textContent()).toContain('comments or trailing commas');
    expect(await backupNow()).toBe(before);
    await page.close();
  });
});
