import { describe, expect, it } from 'vitest';
import { VitaeDatabase } from '../../../platform/db';
import { Repository } from '../../../platform/repository';
import { createHandlers, makeBackup } from '../../../platform/handlers';
import { SAMPLE_PROFILE } from '../../../lib/sample/sample-profile';
import { parseBackup, serializeBackup } from '../../../lib/backup/backup';
import { bytesToBase64 } from '../../../lib/encoding/base64';

let n = 0;
function freshRepo() {
  return new Repository(new VitaeDatabase(`vitae-test-${++n}-${Date.now()}`));
}

describe('repository', () => {
  it('creates one empty active profile on first use', async () => {
    const repo = freshRepo();
    const id = await repo.ensureActiveProfile();
    expect(await repo.ensureActiveProfile()).toBe(id);
    const list = await repo.listProfiles();
    expect(list).toEqual([{ id, label: 'My profile', name: '', affiliation: '', active: true }]);
  });

  it('stores publications in their own table and gives them back in order', async () => {
    const repo = freshRepo();
    await repo.saveProfile(SAMPLE_PROFILE);
    await repo.setActiveProfile(SAMPLE_PROFILE.id);
    const loaded = await repo.getProfile();
    expect(loaded.publications.map((p) => p.id)).toEqual(SAMPLE_PROFILE.publications.map((p) => p.id));
    // The profile row itself carries no publications.
    const db = new VitaeDatabase((repo as unknown as { database: VitaeDatabase }).database.name);
    const row = await db.profiles.get(SAMPLE_PROFILE.id);
    expect(row).toBeDefined();
    expect(row && 'publications' in row).toBe(false);
    expect(await db.publications.where('profileId').equals(SAMPLE_PROFILE.id).count()).toBe(4);
  });

  it('refuses an invalid profile and keeps the stored one', async () => {
    const repo = freshRepo();
    await repo.saveProfile(SAMPLE_PROFILE);
    const broken = { ...SAMPLE_PROFILE, emails: [{ address: 'not-an-email', kind: 'academic', primary: true }] };
    await expect(repo.saveProfile(broken as typeof SAMPLE_PROFILE)).rejects.toThrow(
      /emails\.0\.address: not an email address/,
    );
    expect((await repo.getProfile(SAMPLE_PROFILE.id)).emails[0]?.address).toBe('wenli.zhao@cs.northbridge.example');
  });

  it('backup → wipe → restore gives back identical data, documents included', async () => {
    const repo = freshRepo();
    await repo.saveProfile(SAMPLE_PROFILE);
    await repo.setActiveProfile(SAMPLE_PROFILE.id);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0x80]);
    await repo.addDocument(SAMPLE_PROFILE.id, 'cv', 'zhao-cv.pdf', 'application/pdf', new Blob([pdf]));
    const second = await repo.createProfile('Industry', SAMPLE_PROFILE.id);
    await repo.saveRule({ origin: 'https://openreview.net', signature: 'input|email|', target: 'email' });
    await repo.setSettings({ highlight: 'background', neverSites: ['bank.example'] });

    const before = serializeBackup(await makeBackup(repo));
    await repo.wipe();
    expect(await repo.listProfiles()).toHaveLength(1); // a fresh empty one
    const parsed = parseBackup(JSON.parse(before));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await repo.restoreBackup(parsed.backup);
    const after = serializeBackup(await makeBackup(repo));
    const strip = (s: string) => ({ ...JSON.parse(s), exportedAt: '' });
    expect(strip(after)).toEqual(strip(before));

    const docs = await repo.listDocuments(SAMPLE_PROFILE.id);
    expect(docs).toHaveLength(1);
    const doc = await repo.getDocument(docs[0]!.id);
    expect(bytesToBase64(new Uint8Array(await doc!.blob.arrayBuffer()))).toBe(bytesToBase64(pdf));
    expect((await repo.listProfiles()).map((p) => p.id).sort()).toEqual([SAMPLE_PROFILE.id, second].sort());
    // The duplicated profile got its own copy of the document.
    expect(await repo.listDocuments(second)).toHaveLength(1);
  });

  it('a backup that fails validation half-way leaves every stored byte as it was', async () => {
    const repo = freshRepo();
    await repo.saveProfile(SAMPLE_PROFILE);
    await repo.setActiveProfile(SAMPLE_PROFILE.id);
    const handlers = createHandlers(repo);
    const before = await handlers['profile.export']({ type: 'profile.export', format: 'backup' }, {});
    const backup = JSON.parse((before as { data: string }).data);
    backup.profiles.push({ ...backup.profiles[0], id: 'other', emails: [{ address: 42 }] });
    const res = await handlers['profile.import'](
      { type: 'profile.import', format: 'backup', data: JSON.stringify(backup) },
      {},
    );
    expect(res).toMatchObject({ ok: false });
    expect((res as { error: string }).error).toMatch(/profiles\.1\.emails\.0\.address/);
    const after = await handlers['profile.export']({ type: 'profile.export', format: 'backup' }, {});
    const strip = (r: unknown) => ({ ...JSON.parse((r as { data: string }).data), exportedAt: '' });
    expect(strip(after)).toEqual(strip(before));
  });

  it('never deletes the last profile', async () => {
    const repo = freshRepo();
    const id = await repo.ensureActiveProfile();
    await expect(repo.deleteProfile(id)).rejects.toThrow(/last profile/);
  });

  it('keeps one rule per origin and field signature', async () => {
    const repo = freshRepo();
    const a = await repo.saveRule({ origin: 'https://x.example', signature: 'sig', target: 'email' });
    const b = await repo.saveRule({ origin: 'https://x.example', signature: 'sig', target: 'ignore' });
    expect(b.id).toBe(a.id);
    expect(await repo.rulesFor('https://x.example')).toEqual([b]);
  });
});

describe('profile.import refuses bad requests with a clear message', () => {
  it('names the unknown format and lists the known ones', async () => {
    const handlers = createHandlers(freshRepo());
    const res = await handlers['profile.import']({ type: 'profile.import', format: 'docx' as 'auto', data: 'x' }, {});
    expect(res).toEqual({
      ok: false,
      error: expect.stringMatching(/^Unknown import format: "docx"\. Known formats: json-resume, backup, /) as string,
    });
  });

  it('says when there is nothing to import', async () => {
    const handlers = createHandlers(freshRepo());
    const res = await handlers['profile.import']({ type: 'profile.import', format: 'backup' }, {});
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/^Nothing to import/) as string });
  });

  it('refuses a backup that is not JSON', async () => {
    const handlers = createHandlers(freshRepo());
    const res = await handlers['profile.import']({ type: 'profile.import', format: 'backup', data: '{oops' }, {});
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/^Not valid JSON/) as string });
  });
});
