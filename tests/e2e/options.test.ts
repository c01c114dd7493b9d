/**
 * The options page in the real extension: editing, autosave, persistence across a browser restart, documents,
 * import/export from the UI, accessibility (axe-core) of every section and of the popup. Fictional people only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchExtension, serveStatic, type ExtensionSession } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CV_PDF = join(ROOT, 'tests/fixtures/documents/ines-marlowe-cv.pdf');

/** Every section of the options app (the routes of components/options/sections.tsx). */
const ROUTES = [
  'welcome',
  'basics',
  'links',
  'positions',
  'education',
  'experience',
  'publications',
  'topics',
  'service',
  'teaching',
  'awards',
  'talks',
  'grants',
  'languages',
  'referees',
  'relations',
  'bios',
  'documents',
  'profiles',
  'import',
  'rules',
  'settings',
];

interface ProfileAnswer {
  ok: boolean;
  profile: Record<string, unknown> & { id: string; name: Record<string, string>; links: Record<string, string> };
  documents: { id: string; fileName: string; kind: string; size: number }[];
}

async function openOptions(session: ExtensionSession, route: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html#/${route}`);
  await page.locator('[data-ready]').waitFor();
  return page;
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<AxeResults>(`axe.run(document, { resultTypes: ['violations'] })`);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A fictional researcher with one row in every section, so every editor renders its controls. */
function seededProfile(base: ProfileAnswer['profile']) {
  return {
    ...base,
    label: 'Academic',
    name: { given: 'Ines', family: 'Marlowe', honorific: 'Dr.' },
    emails: [{ address: 'ines.marlowe@uni.example.edu', kind: 'academic', primary: true }],
    phones: [{ raw: '+44 20 7946 0958', e164: '+442079460958', kind: 'work', primary: true }],
    address: { lines: ['1 Example Road'], city: 'Exampleton', country: 'GB' },
    links: {
      homepage: 'https://ines.example.org',
      orcid: '0000-0002-1825-0097',
      other: [{ label: 'Blog', url: 'https://blog.example.org' }],
    },
    positions: [
      { id: 'pos1', title: 'Lecturer', institution: 'University of Example', start: '2021-09', end: 'present' },
    ],
    education: [
      {
        id: 'edu1',
        degree: 'Ph.D.',
        institution: 'Example Institute of Technology',
        advisors: ['Theo Quill'],
        end: '2021',
      },
    ],
    experience: [{ id: 'exp1', role: 'Research intern', organisation: 'Example Labs', mentors: [] }],
    publications: [
      {
        id: 'pub1',
        type: 'journal',
        title: 'Learning to fill forms',
        authors: [
          { name: 'Ines Marlowe', self: true, equalContribution: true, corresponding: true },
          { name: 'Theo Quill', self: false, equalContribution: true, corresponding: false },
        ],
        venue: 'Journal of Examples',
        year: 2023,
        doi: '10.1000/example.2023',
        arxiv: '2301.01234',
        status: 'published',
        selected: true,
      },
    ],
    interests: ['Human-computer interaction'],
    keywords: ['forms'],
    skills: ['TypeScript'],
    service: [{ id: 'svc1', role: 'reviewer', venue: 'EXCONF', venueKind: 'conference', start: '2023' }],
    teaching: [{ id: 'tch1', role: 'instructor', title: 'Intro to Examples', year: 2024 }],
    awards: [{ id: 'awd1', title: 'Best Example Award', date: '2022' }],
    talks: [{ id: 'tlk1', title: 'Forms all the way down', invited: true }],
    grants: [{ id: 'grt1', title: 'Example Fellowship', funder: 'Example Foundation' }],
    languages: [{ language: 'English', proficiency: 'Native' }],
    referees: [{ id: 'ref1', name: 'Theo Quill', email: 'theo.quill@example.edu' }],
    relations: [{ id: 'rel1', name: 'Theo Quill', relation: 'advisor' }],
    bios: [{ id: 'bio1', name: 'Short bio', person: 'third', text: 'Ines Marlowe studies forms.' }],
  };
}

describe('the options page', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'vitae-options-'));
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ userDataDir });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('opens the first-run page on install, which leads to importing a CV or starting from scratch', async () => {
    const findWelcome = () => session.context.pages().find((p) => p.url().endsWith('/options.html#/welcome'));
    await expect.poll(findWelcome, { timeout: 15_000 }).toBeDefined();
    const welcome = findWelcome()!;
    await welcome.getByRole('heading', { name: 'Welcome to Vitae' }).waitFor();
    await welcome.getByLabel(/paste your CV/).waitFor();
    await welcome.getByRole('button', { name: 'Preview import' }).waitFor();
    await welcome.getByRole('link', { name: 'Fill in my profile by hand' }).click();
    await welcome.getByRole('heading', { name: 'Name and contact' }).waitFor();
    expect(welcome.url()).toMatch(/#\/basics$/);
  });

  it('saves an edited name, shows it in the popup, and keeps it after a browser restart', async () => {
    const page = await openOptions(session, 'basics');
    await page.getByLabel('Given name').fill('Ines');
    await page.getByLabel('Family name').fill('Marlowe');
    await waitSaved(page);
    const stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect(stored.profile.name).toMatchObject({ given: 'Ines', family: 'Marlowe' });

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Ines Marlowe');

    await session.close();
    session = await launchExtension({ userDataDir });
    const again = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect(again.profile.name).toMatchObject({ given: 'Ines', family: 'Marlowe' });
    const reopened = await openOptions(session, 'basics');
    await expect.poll(() => reopened.getByLabel('Family name').inputValue()).toBe('Marlowe');
  });

  it('does not lose an edit when the tab is closed before autosave runs', async () => {
    const page = await openOptions(session, 'basics');
    await page.getByLabel('Pronouns').fill('she/her');
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await session.send<ProfileAnswer>({ type: 'profile.get' })).profile.name.pronouns, {
        timeout: 5_000,
      })
      .toBe('she/her');
  });

  it('refuses an ORCID iD with a bad checksum inline and stores a good one', async () => {
    const page = await openOptions(session, 'links');
    const orcid = page.getByLabel('ORCID iD');
    await orcid.fill('0000-0002-1825-0098');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/checksum/);
    await expect.poll(() => orcid.getAttribute('aria-invalid')).toBe('true');
    await orcid.fill('https://orcid.org/0000-0002-1825-0097');
    await waitSaved(page);
    const stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect(stored.profile.links.orcid).toBe('0000-0002-1825-0097');
  });

  it('adds, reorders by keyboard and removes with undo', async () => {
    const page = await openOptions(session, 'basics');
    for (const address of ['first@uni.example.edu', 'second@uni.example.edu']) {
      await page.getByRole('button', { name: 'Add email' }).click();
      await page.getByLabel('Email address').last().fill(address);
    }
    await page.getByLabel('Email address').last().focus();
    await page.keyboard.press('Alt+ArrowUp');
    await waitSaved(page);
    let stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect((stored.profile.emails as { address: string }[]).map((e) => e.address)).toEqual([
      'second@uni.example.edu',
      'first@uni.example.edu',
    ]);
    await page.getByRole('button', { name: 'Remove second@uni.example.edu' }).click();
    await waitSaved(page);
    stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect(stored.profile.emails).toHaveLength(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitSaved(page);
    stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect((stored.profile.emails as { address: string }[]).map((e) => e.address)).toEqual([
      'second@uni.example.edu',
      'first@uni.example.edu',
    ]);
  });

  it('reorders rows by dragging their handle', async () => {
    const page = await openOptions(session, 'awards');
    for (const title of ['Early Career Example Prize', 'Example Teaching Award']) {
      await page.getByRole('button', { name: 'Add award' }).click();
      await page.getByLabel('Title (required)').last().fill(title);
    }
    await page.locator('.drag-handle').nth(1).dragTo(page.locator('.row-card').nth(0));
    await waitSaved(page);
    const stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect((stored.profile.awards as { title: string }[]).map((a) => a.title)).toEqual([
      'Example Teaching Award',
      'Early Career Example Prize',
    ]);
  });

  it('edits a publication with its authors and identifiers, filters the list and reorders by keyboard', async () => {
    const page = await openOptions(session, 'publications');
    for (const title of ['Older paper on examples', 'Learning to fill forms']) {
      await page.getByRole('button', { name: 'Add publication' }).click();
      await page.getByLabel('Title (required)').fill(title);
    }
    await page.getByLabel('Type', { exact: true }).selectOption('journal');
    await page.getByLabel('Journal', { exact: true }).fill('Journal of Examples');
    await page.getByLabel('DOI').fill('https://doi.org/10.1000/example.2023');
    await page.getByRole('link', { name: 'https://doi.org/10.1000/example.2023' }).waitFor();
    await page.getByLabel('arXiv id').fill('javascript:alert(1)');
    expect(await page.getByRole('link', { name: /javascript/ }).count()).toBe(0);
    await page.getByLabel('arXiv id').fill('2301.01234');
    for (const name of ['Theo Quill', 'Ines Marlowe']) {
      await page.getByRole('button', { name: 'Add author' }).click();
      await page
        .getByLabel(/^Author \d$/)
        .last()
        .fill(name);
    }
    await page.getByRole('listitem', { name: 'Ines Marlowe' }).getByLabel('This is me').check();
    await page.getByRole('listitem', { name: 'Ines Marlowe' }).getByLabel('Corresponding').check();
    await page.getByRole('button', { name: 'Move Ines Marlowe up' }).click();
    await waitSaved(page);
    let stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    const pubs = stored.profile.publications as {
      title: string;
      doi?: string;
      arxiv?: string;
      venue?: string;
      authors: { name: string; self: boolean; corresponding: boolean }[];
    }[];
    expect(pubs.map((p) => p.title)).toEqual(['Learning to fill forms', 'Older paper on examples']);
    expect(pubs[0]).toMatchObject({ doi: '10.1000/example.2023', arxiv: '2301.01234', venue: 'Journal of Examples' });
    expect(pubs[0]!.authors).toEqual([
      expect.objectContaining({ name: 'Ines Marlowe', self: true, corresponding: true }),
      expect.objectContaining({ name: 'Theo Quill', self: false }),
    ]);

    await page.getByLabel('Filter publications').fill('older');
    await expect.poll(() => page.locator('[data-publication-count]').getAttribute('data-publication-count')).toBe('1');
    await page.getByLabel('Filter publications').fill('');
    await page.getByRole('button', { name: /^Learning to fill forms/ }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await waitSaved(page);
    stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect((stored.profile.publications as { title: string }[]).map((p) => p.title)).toEqual([
      'Older paper on examples',
      'Learning to fill forms',
    ]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Learning to fill forms');
  });

  it('uploads a PDF and lists it with its kind, name and size', async () => {
    const page = await openOptions(session, 'documents');
    await page.getByLabel('Kind of document').selectOption('research-statement');
    await page.getByLabel('PDF file').setInputFiles(CV_PDF);
    const row = page.locator('tr', { hasText: 'ines-marlowe-cv.pdf' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Research statement');
    const [preview] = await Promise.all([
      session.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Preview ines-marlowe-cv.pdf' }).click(),
    ]);
    expect(preview.url()).toMatch(/^blob:chrome-extension:/);
    await preview.close();
    const stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect(stored.documents).toEqual([
      expect.objectContaining({
        fileName: 'ines-marlowe-cv.pdf',
        kind: 'research-statement',
        size: readFileSync(CV_PDF).length,
      }),
    ]);
  });

  it('attaches a document uploaded here to the matching file input of a page it fills', async () => {
    const page = await openOptions(session, 'documents');
    await page.getByLabel('Kind of document').selectOption('cover-letter');
    await page.getByLabel('PDF file').setInputFiles(CV_PDF);
    await page.locator('tr', { hasText: 'Cover letter' }).waitFor();
    const server = await serveStatic();
    try {
      const form = await session.context.newPage();
      await form.goto(`${server.url}/fill/file-upload.html`);
      const report = await session.send<{ filled: { selector: string; value: string }[] }>({
        type: 'fill.tab',
        tabId: await session.tabIdOf(form),
      });
      // The page's own script echoes what its file input received: name, size, type and the first bytes.
      await form.waitForFunction(() => document.getElementById('cover-echo')?.textContent !== 'nothing yet');
      expect(await form.textContent('#cover-echo')).toBe(
        `ines-marlowe-cv.pdf ${readFileSync(CV_PDF).length} application/pdf %PDF-1.4`,
      );
      expect(report.filled).toContainEqual(
        expect.objectContaining({ selector: '#cover', value: 'ines-marlowe-cv.pdf' }),
      );
      await form.close();
    } finally {
      await server.close();
      // Leave the documents as the tests after this one expect them.
      const stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
      for (const doc of stored.documents.filter((d) => d.kind === 'cover-letter'))
        await session.send({ type: 'document.remove', documentId: doc.id });
    }
  });

  it('downloads a backup from the options page and restores it after a change', async () => {
    const page = await openOptions(session, 'import');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Full backup' }).click(),
    ]);
    const backupPath = join(userDataDir, 'backup.json');
    await download.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup.format).toBe('vitae-backup');
    expect(backup.documents).toHaveLength(1);

    const before = await session.send<ProfileAnswer>({ type: 'profile.get' });
    await session.send({ type: 'profile.save', profile: { ...before.profile, name: { given: 'Changed' } } });

    await page.getByLabel(/choose a file/).setInputFiles(backupPath);
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByText('Restoring a backup replaces all').waitFor();
    await page.getByRole('button', { name: 'Restore backup' }).click();
    await page.getByText(/^Imported:/).waitFor();
    const after = await session.send<ProfileAnswer>({ type: 'profile.get' });
    expect(after.profile.name).toEqual(before.profile.name);
    expect(after.documents.map((d) => d.fileName)).toEqual(['ines-marlowe-cv.pdf']);
    await expect.poll(() => page.locator('.save-status').textContent()).not.toContain('Not saved');
  });

  it('imports a JSON Resume pasted into the options page after a preview, and exports one', async () => {
    const page = await openOptions(session, 'import');
    const resume = {
      basics: { name: 'Ines Marlowe', email: 'ines@personal.example.org', url: 'https://ines.example.org' },
      work: [{ name: 'Example Labs', position: 'Visiting researcher', startDate: '2019-06', endDate: '2019-09' }],
    };
    await page.getByLabel(/paste your CV/).fill(JSON.stringify(resume));
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.locator('.import-preview, .import-panel [role="alert"]').first().waitFor();
    expect(await page.locator('.import-panel [role="alert"]').allTextContents()).toEqual([]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor();
    const stored = await session.send<ProfileAnswer>({ type: 'profile.get' });
    // JSON Resume "work" becomes a position or research experience, depending on the role.
    expect(JSON.stringify([stored.profile.positions, stored.profile.experience])).toContain('Visiting researcher');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON Resume' }).click(),
    ]);
    const path = join(userDataDir, 'resume.json');
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8'));
    expect(exported.basics.name).toBe('Ines Marlowe');
  });

  it('has no serious or critical axe violations in any section, light and dark, nor in the popup', async () => {
    const current = await session.send<ProfileAnswer>({ type: 'profile.get' });
    await session.send({ type: 'profile.save', profile: seededProfile(current.profile) });
    await session.send({
      type: 'rules.save',
      rule: {
        origin: 'https://apply.example.org',
        signature: 'input|text|given',
        target: 'name.given',
        label: 'First name',
      },
    });
    const page = await openOptions(session, 'basics');
    // The checker itself must be able to fail: an unlabelled field is a critical violation.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('input'), { id: 'unlabelled' })),
    );
    expect((await seriousAxeViolations(page)).join()).toContain('label');
    await page.reload();
    await page.locator('[data-ready]').waitFor();
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const route of ROUTES) {
        await page.evaluate((r) => {
          location.hash = `#/${r}`;
        }, route);
        await page.locator('main h1').waitFor();
        if (route === 'publications') await page.getByRole('button', { name: /Learning to fill forms/ }).click();
        found.push(...(await seriousAxeViolations(page)).map((v) => `${scheme} #/${route}: ${v}`));
      }
    }
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('h1').waitFor();
    found.push(...(await seriousAxeViolations(popup)).map((v) => `popup: ${v}`));
    expect(found).toEqual([]);
  });

  it('manages several profiles: create, duplicate, make active, delete after confirming', async () => {
    const page = await openOptions(session, 'profiles');
    await page.getByLabel('Name of the new profile').fill('Industry');
    await page.getByRole('button', { name: 'Create empty profile' }).click();
    await page.getByRole('listitem', { name: 'Industry' }).waitFor();
    await page.getByRole('button', { name: 'Duplicate Industry' }).click();
    await page.getByRole('listitem', { name: 'Industry (copy)' }).waitFor();
    await page.getByRole('button', { name: 'Make Industry (copy) the active profile' }).click();
    await expect
      .poll(async () => {
        const res = await session.send<{ profiles: { label: string; active: boolean }[] }>({ type: 'profile.list' });
        return res.profiles.find((p) => p.active)?.label;
      })
      .toBe('Industry (copy)');
    await page.getByLabel('Site', { exact: true }).fill('apply.example.org');
    await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Industry' });
    await page.getByRole('button', { name: 'Use on this site' }).click();
    await expect
      .poll(async () => {
        const res = await session.send<{ settings: { profilePerSite: Record<string, string> } }>({
          type: 'settings.get',
        });
        const list = await session.send<{ profiles: { id: string; label: string }[] }>({ type: 'profile.list' });
        return list.profiles.find((p) => p.id === res.settings.profilePerSite['apply.example.org'])?.label;
      })
      .toBe('Industry');
    await page.getByRole('button', { name: 'Delete Industry', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, delete Industry', exact: true }).click();
    await expect
      .poll(async () => {
        const res = await session.send<{ profiles: { label: string }[] }>({ type: 'profile.list' });
        return res.profiles.map((p) => p.label);
      })
      .not.toContain('Industry');
    const left = await session.send<{ profiles: { label: string }[] }>({ type: 'profile.list' });
    expect(left.profiles.map((p) => p.label)).toContain('Industry (copy)');
    expect(left.profiles).toHaveLength(2);
  });

  it('edits, exports and deletes learned site rules', async () => {
    const page = await openOptions(session, 'rules');
    const target = page.getByLabel('What to fill into First name');
    await target.selectOption('ignore');
    const listRules = () => session.send<{ rules: { label?: string; target: string }[] }>({ type: 'rules.list' });
    await expect.poll(async () => (await listRules()).rules.map((r) => r.target)).toEqual(['ignore']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export rules as JSON' }).click(),
    ]);
    const path = join(userDataDir, 'rules.json');
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([
      expect.objectContaining({ label: 'First name', target: 'ignore' }),
    ]);
    await page.getByRole('button', { name: 'Delete the rule for First name' }).click();
    await expect.poll(async () => (await listRules()).rules).toEqual([]);
  });

  it('changes settings, opens the shortcut page, and wipes all data only after DELETE is typed', async () => {
    const page = await openOptions(session, 'settings');
    await page.getByLabel('Replace them with my profile').check();
    await page.getByLabel('Hosts, one per line').fill('bank.example.com\nhttps://bad.example.com/x');
    await page.getByText(/bad\.example\.com.*host name/).waitFor();
    await page.getByLabel('Hosts, one per line').fill('bank.example.com');
    await expect
      .poll(async () => (await session.send<{ settings: Record<string, unknown> }>({ type: 'settings.get' })).settings)
      .toMatchObject({ overwrite: 'overwrite', neverSites: ['bank.example.com'] });

    const [shortcuts] = await Promise.all([
      session.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Change the shortcut…' }).click(),
    ]);
    await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
    await shortcuts.close();

    const wipe = page.getByRole('button', { name: 'Delete all data' });
    await page.getByLabel('Type DELETE to confirm').fill('delete');
    expect(await wipe.isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await wipe.click();
    await page.getByText('All Vitae data was deleted').waitFor();
    const list = await session.send<{ profiles: { name: string }[] }>({ type: 'profile.list' });
    expect(list.profiles).toEqual([expect.objectContaining({ name: '' })]);
    const settings = await session.send<{ settings: Record<string, unknown> }>({ type: 'settings.get' });
    expect(settings.settings).toMatchObject({ overwrite: 'empty-only', neverSites: [] });
  });

  it('logged no console errors on its pages', () => {
    expect(session.consoleErrors.filter((e) => e.includes('/options.html') || e.includes('/popup.html'))).toEqual([]);
  });
});
