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

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

async function setUp(name: string) {
  const repo = new Repository(new VitaeDatabase(name));
  await repo.ensureActiveProfile();
  const handlers = createHandlers(repo);
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
