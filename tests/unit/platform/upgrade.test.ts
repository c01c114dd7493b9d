/**
 * Upgrades: data written by the first released schema (v0.1.0, Dexie version 1) must survive being opened by the
 * current code, and a backup made by the first release must restore. The fixtures are frozen: never regenerate them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VitaeDatabase } from '../../../platform/db';
import { Repository } from '../../../platform/repository';
import { parseImport } from '../../../lib/import';
import { SAMPLE_PROFILE } from '../../../lib/sample/sample-profile';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/releases');

/** The v0.1.0 schema exactly as released; a copy, so later edits to platform/db.ts cannot change this test. */
const FIRST_RELEASE_STORES = {
  profiles: 'id, label, updatedAt',
  publications: 'id, profileId, [profileId+order], year, type',
  documents: 'id, profileId, kind',
  siteRules: 'id, origin, &[origin+signature]',
  keyValues: 'key',
};

type Dump = Record<string, Record<string, unknown>[]>;

describe('upgrades from the first release', () => {
  it('opens a database written by the first schema and finds every record intact', async () => {
    const dump = JSON.parse(readFileSync(resolve(FIXTURES, 'v0.1.0-db.json'), 'utf8')) as Dump;
    const name = `vitae-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(FIRST_RELEASE_STORES);
    await old.open();
    for (const [table, rows] of Object.entries(dump)) {
      await old.table(table).bulkAdd(
        rows.map((row) => {
          const blob = row.blob as { base64: string; type: string } | undefined;
          return blob ? { ...row, blob: new Blob([Buffer.from(blob.base64, 'base64')], { type: blob.type }) } : row;
        }),
      );
    }
    old.close();

    const current = new VitaeDatabase(name);
    const repo = new Repository(current);
    for (const [table, rows] of Object.entries(dump)) {
      expect(await current.table(table).count(), table).toBe(rows.length);
    }
    const profile = await repo.getProfile();
    expect(profile.id).toBe(SAMPLE_PROFILE.id);
    expect(profile.name).toEqual(SAMPLE_PROFILE.name);
    expect(profile.publications).toEqual(SAMPLE_PROFILE.publications);
    expect(profile.positions).toEqual(SAMPLE_PROFILE.positions);
    const [doc] = await repo.listDocuments(profile.id);
    const stored = await repo.getDocument(doc!.id);
    expect(await stored!.blob.text()).toContain('fictional CV');
    expect(await repo.rulesFor('https://review.example.org')).toHaveLength(1);
    expect((await repo.getSettings()).highlight).toBe('background');
  });

  it('restores a backup made by the first release', async () => {
    const text = readFileSync(resolve(FIXTURES, 'v0.1.0-backup.json'), 'utf8');
    const outcome = await parseImport({ format: 'backup', text });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || outcome.value.kind !== 'backup') throw new Error('not a backup');
    const repo = new Repository(new VitaeDatabase(`vitae-restore-${Date.now()}`));
    await repo.restoreBackup(outcome.value.backup);
    const profile = await repo.getProfile();
    expect(profile.publications).toHaveLength(SAMPLE_PROFILE.publications.length);
    expect(profile.links).toEqual(SAMPLE_PROFILE.links);
    expect(await repo.listDocuments(profile.id)).toHaveLength(1);
    expect(await repo.listRules()).toHaveLength(1);
  });
});
