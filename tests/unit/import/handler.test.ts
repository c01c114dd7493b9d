/**
 * Through the background's `profile.import` handler, on a real (fake-indexeddb) database: a refused import leaves
 * the stored data byte-for-byte unchanged (the backup export before and after is identical), and a dry run stores
 * nothing while answering the same summary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VitaeDatabase } from '../../../platform/db';
import { createHandlers } from '../../../platform/handlers';
import { Repository } from '../../../platform/repository';
import { bytesToBase64 } from '../../../lib/encoding/base64';
import type { RemoteService } from '../../../lib/import/remote';
import { fetchRemoteRecord, type RemoteAccess } from '../../../platform/remote-import';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

async function setUp(name: string, remote?: RemoteAccess) {
  const repo = new Repository(new VitaeDatabase(name));
  await repo.ensureActiveProfile();
  const handlers = createHandlers(repo, remote);
  const sender = {};
  const importFile = (request: Omit<Parameters<(typeof handlers)['profile.import']>[0], 'type'>) =>
    handlers['profile.import']({ type: 'profile.import', ...request }, sender);
  const backup = async () => {
    const response = await handlers['profile.export']({ type: 'profile.export', format: 'backup' }, sender);
    if (!response.ok) throw new Error(response.error);
    return JSON.parse(response.data).profiles as unknown;
  };
  return { importFile, backup, handlers };
}

describe('profile.import in the background', () => {
  it('changes nothing when an import is refused', async () => {
    const { importFile, backup } = await setUp('import-refused');
    expect((await importFile({ format: 'json-resume', data: fixture('json-resume-rich.json') })).ok).toBe(true);
    const before = await backup();
    const refused = [
      await importFile({ format: 'json-resume', data: '{"basics": ' }),
      await importFile({ format: 'json-resume', data: '['.repeat(100_000) + ']'.repeat(100_000) }),
      await importFile({ format: 'auto', base64: bytesToBase64(new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9, 7])) }),
      await importFile({ format: 'bibtex', data: 'no entries here' }),
      await importFile({ format: 'cv-text', data: '' }),
      await importFile({ format: 'csl-json', data: '{"not": "csl"}' }),
    ];
    expect(refused.map((r) => r.ok)).toEqual([false, false, false, false, false, false]);
    expect(await backup()).toEqual(before);
  });

  it('previews with dryRun, then imports the same thing', async () => {
    const { importFile, backup } = await setUp('import-dry-run');
    const before = await backup();
    const preview = await importFile({
      format: 'auto',
      data: fixture('cv-markdown.md'),
      fileName: 'cv.md',
      dryRun: true,
    });
    expect(await backup()).toEqual(before);
    const real = await importFile({ format: 'auto', data: fixture('cv-markdown.md'), fileName: 'cv.md' });
    expect(real).toEqual(preview);
    if (!real.ok) return;
    expect(real.summary.publications).toMatchObject({ added: 4, changed: 0, kept: 0 });
    expect(real.summary.education?.items).toEqual([
      'added: Ph.D., University of Fernhill (2013)',
      'added: M.Sc., Lakeshore Polytechnic Institute (2011)',
    ]);
    const again = await importFile({ format: 'auto', data: fixture('cv-markdown.md'), fileName: 'cv.md' });
    if (!again.ok) throw new Error(again.error);
    expect(again.summary.publications).toMatchObject({ added: 0, changed: 0, kept: 4 });
  });

  it('imports a PDF sent as base64', async () => {
    const { importFile } = await setUp('import-pdf');
    const { cvTextToPdf } = await import('./make-pdf');
    const pdf = cvTextToPdf(fixture('cv-two-line.txt'));
    const response = await importFile({ format: 'auto', base64: bytesToBase64(pdf), fileName: 'cv.pdf' });
    expect(response.ok).toBe(true);
    if (response.ok) expect(response.summary.education).toMatchObject({ added: 2 });
  });
});

/** Answers pub.orcid.org and dblp.org from the recorded responses of a fictional researcher; 404 otherwise. */
function recordedRemote(granted: RemoteService[]) {
  const urls: string[] = [];
  const answers: Record<string, string> = {
    'https://pub.orcid.org/v3.0/0000-0004-7711-230X/record': 'remote/orcid-record.json',
    'https://pub.orcid.org/v3.0/0000-0004-7711-230X/works/90000101,90000102,90000103': 'remote/orcid-works-bulk.json',
    'https://dblp.org/pid/999/4417.xml': 'remote/dblp-person.xml',
  };
  const fetch = ((url: string) => {
    urls.push(url);
    const file = answers[url];
    return Promise.resolve(new Response(file ? fixture(file) : '', { status: file ? 200 : 404 }));
  }) as unknown as typeof globalThis.fetch;
  const remote: RemoteAccess = {
    allowed: (service) => Promise.resolve(granted.includes(service)),
    fetchRecord: (source) => fetchRemoteRecord(source, { fetch }),
  };
  return { remote, urls };
}

describe('profile.import by ORCID iD and dblp pid (automation)', () => {
  it('fetches the named record, previews it with dryRun, and imports it', async () => {
    const { remote, urls } = recordedRemote(['orcid', 'dblp']);
    const { importFile, backup, handlers } = await setUp('import-orcid-id', remote);
    const before = await backup();
    const preview = await importFile({
      format: 'orcid-id',
      data: 'https://orcid.org/0000-0004-7711-230X',
      dryRun: true,
    });
    expect(preview).toMatchObject({ ok: true, summary: { publications: { added: 3 } } });
    expect(await backup()).toEqual(before);
    expect(urls).toHaveLength(2);

    expect(await importFile({ format: 'orcid-id', data: '0000-0004-7711-230X' })).toEqual(preview);
    expect(await importFile({ format: 'dblp-pid', data: '999/4417' })).toMatchObject({ ok: true });
    const stored = await handlers['profile.get']({ type: 'profile.get' }, {});
    if (!stored.ok) throw new Error(stored.error);
    expect(stored.profile.links).toMatchObject({ orcid: '0000-0004-7711-230X', dblp: '999/4417' });
    expect(stored.profile.publications.find((p) => p.title.startsWith('Synthesising'))?.authors).toEqual([
      expect.objectContaining({ name: 'Marisol Quenneville', self: true }),
      expect.objectContaining({ name: 'Dev Ramaswamy-Holt' }),
    ]);
  });

  it('refuses without the permission, a bad iD or an unknown pid, and changes nothing', async () => {
    const { remote, urls } = recordedRemote(['dblp']);
    const { importFile, backup } = await setUp('import-remote-refused', remote);
    await importFile({ format: 'json-resume', data: fixture('json-resume-rich.json') });
    const before = await backup();
    const answers = [
      await importFile({ format: 'orcid-id', data: '0000-0004-7711-230X' }),
      await importFile({ format: 'orcid-id', data: '0000-0004-7711-2301' }),
      await importFile({ format: 'dblp-pid', data: '998/1' }),
      await importFile({ format: 'dblp-pid', base64: 'OTk5LzQ0MTc=' }),
    ];
    expect(answers.map((a) => (a.ok ? 'ok' : a.error))).toEqual([
      'Vitae may not contact pub.orcid.org: the permission was not granted. Nothing was imported. Grant it with the Import from ORCID button of the options page.',
      '0000-0004-7711-2301 is not a valid ORCID iD: its last character (the check digit) is wrong.',
      'dblp has no person with pid 998/1: check it against the dblp page. Nothing was imported.',
      'dblp-pid takes the iD or pid as data (text), not base64.',
    ]);
    expect(urls).toEqual(['https://dblp.org/pid/998/1.xml']);
    expect(await backup()).toEqual(before);
  });
});
