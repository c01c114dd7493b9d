/**
 * All reads and writes of Vitae's data. Used by the background's message handlers; every write is one Dexie
 * transaction, so a failed import or save leaves the stored data exactly as it was.
 */
import { emptyProfile, newId, displayName, currentPosition } from '../lib/profile/create';
import { parseProfile, type DocumentKind, type DocumentMeta, type Profile } from '../lib/profile/schema';
import type { ProfileListEntry } from '../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import type { SiteRule } from '../lib/sites/site-rule';
import type { Backup } from '../lib/backup/backup';
import { base64ToBytes } from '../lib/encoding/base64';
import { db, type ProfileRow, type PublicationRow, type VitaeDatabase } from './db';

const ACTIVE_KEY = 'activeProfileId';
const SETTINGS_KEY = 'settings';

function toRow(profile: Profile): { row: ProfileRow; pubs: PublicationRow[] } {
  const { publications, ...row } = profile;
  const pubs = publications.map((p, order) => ({ ...p, profileId: profile.id, order }));
  return { row, pubs };
}

function fromRows(row: ProfileRow, pubs: PublicationRow[]): Profile {
  const publications = [...pubs].sort((a, b) => a.order - b.order).map(({ profileId: _p, order: _o, ...pub }) => pub);
  return { ...row, publications };
}

export class Repository {
  constructor(private readonly database: VitaeDatabase = db()) {}

  /** Make sure there is at least one profile and an active one; returns the active id. */
  async ensureActiveProfile(): Promise<string> {
    return this.database.transaction('rw', this.database.profiles, this.database.keyValues, async () => {
      const active = (await this.database.keyValues.get(ACTIVE_KEY))?.value;
      if (typeof active === 'string' && (await this.database.profiles.get(active))) return active;
      const first = await this.database.profiles.orderBy('label').first();
      const id = first?.id ?? emptyProfile().id;
      if (!first) await this.database.profiles.put(toRow(emptyProfile(id)).row);
      await this.database.keyValues.put({ key: ACTIVE_KEY, value: id });
      return id;
    });
  }

  async activeProfileId(): Promise<string> {
    return this.ensureActiveProfile();
  }

  async setActiveProfile(id: string): Promise<void> {
    const exists = await this.database.profiles.get(id);
    if (!exists) throw new Error(`No profile with id ${id}`);
    await this.database.keyValues.put({ key: ACTIVE_KEY, value: id });
  }

  async getProfile(id?: string): Promise<Profile> {
    const profileId = id ?? (await this.activeProfileId());
    return this.database.transaction('r', this.database.profiles, this.database.publications, async () => {
      const row = await this.database.profiles.get(profileId);
      if (!row) throw new Error(`No profile with id ${profileId}`);
      const pubs = await this.database.publications.where('profileId').equals(profileId).toArray();
      return fromRows(row, pubs);
    });
  }

  /** Validate and store a whole profile, replacing its publications. */
  async saveProfile(profile: Profile): Promise<Profile> {
    const parsed = parseProfile({ ...profile, updatedAt: new Date().toISOString() });
    if (!parsed.ok) throw new Error(parsed.error);
    const { row, pubs } = toRow(parsed.value);
    await this.database.transaction('rw', this.database.profiles, this.database.publications, async () => {
      await this.database.publications.where('profileId').equals(row.id).delete();
      await this.database.profiles.put(row);
      await this.database.publications.bulkPut(pubs);
    });
    return parsed.value;
  }

  async listProfiles(): Promise<ProfileListEntry[]> {
    const active = await this.activeProfileId();
    const rows = await this.database.profiles.toArray();
    return rows.map((row) => {
      const asProfile = { ...row, publications: [] } as Profile;
      const position = currentPosition(asProfile);
      return {
        id: row.id,
        label: row.label,
        name: displayName(asProfile),
        affiliation: position?.institution ?? '',
        active: row.id === active,
      };
    });
  }

  async createProfile(label: string, copyFrom?: string): Promise<string> {
    const id = newId('p');
    const now = new Date().toISOString();
    const base = copyFrom ? await this.getProfile(copyFrom) : emptyProfile(id, label, now);
    const documents = copyFrom ? await this.database.documents.where('profileId').equals(copyFrom).toArray() : [];
    await this.database.transaction(
      'rw',
      this.database.profiles,
      this.database.publications,
      this.database.documents,
      async () => {
        await this.saveProfile({ ...base, id, label, createdAt: now });
        await this.database.documents.bulkPut(documents.map((d) => ({ ...d, id: newId('d'), profileId: id })));
      },
    );
    return id;
  }

  async deleteProfile(id: string): Promise<void> {
    const d = this.database;
    await d.transaction('rw', [d.profiles, d.publications, d.documents, d.keyValues], async () => {
      if ((await d.profiles.count()) <= 1)
        throw new Error('The last profile cannot be deleted; wipe all data instead.');
      await d.publications.where('profileId').equals(id).delete();
      await d.documents.where('profileId').equals(id).delete();
      await d.profiles.delete(id);
      const active = (await d.keyValues.get(ACTIVE_KEY))?.value;
      if (active === id) {
        const next = await d.profiles.toCollection().first();
        if (next) await d.keyValues.put({ key: ACTIVE_KEY, value: next.id });
      }
    });
  }

  async listDocuments(profileId: string): Promise<DocumentMeta[]> {
    const rows = await this.database.documents.where('profileId').equals(profileId).toArray();
    return rows.map(({ blob: _blob, ...meta }) => meta);
  }

  async addDocument(
    profileId: string,
    kind: DocumentKind,
    fileName: string,
    mimeType: string,
    blob: Blob,
  ): Promise<DocumentMeta> {
    const meta: DocumentMeta = {
      id: newId('d'),
      profileId,
      kind,
      fileName,
      mimeType,
      size: blob.size,
      addedAt: new Date().toISOString(),
    };
    await this.database.documents.put({ ...meta, blob });
    return meta;
  }

  async getDocument(id: string): Promise<(DocumentMeta & { blob: Blob }) | undefined> {
    return this.database.documents.get(id);
  }

  async removeDocument(id: string): Promise<void> {
    await this.database.documents.delete(id);
  }

  async getSettings(): Promise<Settings> {
    const stored = (await this.database.keyValues.get(SETTINGS_KEY))?.value;
    return { ...DEFAULT_SETTINGS, ...(stored && typeof stored === 'object' ? (stored as Partial<Settings>) : {}) };
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.getSettings()), ...patch };
    await this.database.keyValues.put({ key: SETTINGS_KEY, value: next });
    return next;
  }

  async listRules(): Promise<SiteRule[]> {
    return this.database.siteRules.toArray();
  }

  async rulesFor(origin: string): Promise<SiteRule[]> {
    return this.database.siteRules.where('origin').equals(origin).toArray();
  }

  async saveRule(rule: Omit<SiteRule, 'id' | 'createdAt'> & { id?: string }): Promise<SiteRule> {
    const d = this.database;
    return d.transaction('rw', d.siteRules, async () => {
      const existing = await d.siteRules.where('[origin+signature]').equals([rule.origin, rule.signature]).first();
      const saved: SiteRule = {
        ...rule,
        id: rule.id ?? existing?.id ?? newId('r'),
        createdAt: existing?.createdAt ?? new Date().toISOString(),
      };
      if (existing && existing.id !== saved.id) await d.siteRules.delete(existing.id);
      await d.siteRules.put(saved);
      return saved;
    });
  }

  async deleteRule(id: string): Promise<void> {
    await this.database.siteRules.delete(id);
  }

  /** Replace all stored data with a backup's, in one transaction: on any error nothing changes. */
  async restoreBackup(backup: Backup): Promise<void> {
    await this.replaceAll(async (d) => {
      for (const profile of backup.profiles) {
        const { row, pubs } = toRow(profile);
        await d.profiles.put(row);
        await d.publications.bulkPut(pubs);
      }
      await d.documents.bulkPut(
        backup.documents.map(({ base64, ...meta }) => ({
          ...meta,
          blob: new Blob([base64ToBytes(base64)], { type: meta.mimeType }),
        })),
      );
      await d.siteRules.bulkPut(backup.siteRules);
      await d.keyValues.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, ...backup.settings } });
      const active = backup.profiles.find((p) => p.id === backup.activeProfileId)?.id ?? backup.profiles[0]?.id;
      if (active) await d.keyValues.put({ key: ACTIVE_KEY, value: active });
    });
  }

  /** Delete everything; the next read starts a fresh empty profile. */
  async wipe(): Promise<void> {
    await this.replaceAll(() => undefined);
  }

  /** Clear every table, then `fill` them, in one transaction: on any error nothing changes. */
  private async replaceAll(fill: (d: VitaeDatabase) => Promise<void> | void): Promise<void> {
    const d = this.database;
    await d.transaction('rw', [d.profiles, d.publications, d.documents, d.siteRules, d.keyValues], async () => {
      await Promise.all([
        d.profiles.clear(),
        d.publications.clear(),
        d.documents.clear(),
        d.siteRules.clear(),
        d.keyValues.clear(),
      ]);
      await fill(d);
    });
  }
}
