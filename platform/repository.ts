/**
 * All reads and writes of Vitae's data. Used by the background's message handlers; every write is one Dexie
 * transaction, so a failed import or save leaves the stored data exactly as it was.
 *
 * Every write that can change the profile list (names, labels, affiliations, the active profile, the profiles
 * chosen per site) runs through `profileList.change` (platform/profile-list-cache.ts), which keeps the popup's
 * stored copy of the list current whatever caused the write.
 */
import { emptyProfile, newId, displayName, currentPosition } from '../lib/profile/create';
import { parseProfile, type DocumentKind, type DocumentMeta, type Profile } from '../lib/profile/schema';
import type { ProfileListEntry } from '../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import type { SiteRule } from '../lib/sites/site-rule';
import type { Backup } from '../lib/backup/backup';
import { base64ToBytes } from '../lib/encoding/base64';
import type { CachedProfileList } from '../lib/messaging/cached-profile-list';
import { db, type ProfileRow, type PublicationRow, type VitaeDatabase } from './db';
import { ProfileListCache } from './profile-list-cache';

const ACTIVE_KEY = 'activeProfileId';
const SETTINGS_KEY = 'settings';

function toRow(profile: Profile): { row: ProfileRow; pubs: PublicationRow[] } {
  const { publications, ...row } = profile;
  const pubs = publications.map((p, order) => ({ ...p, profileId: profile.id, order }));
  return { row, pubs };
}

/** A profile row's entry in the list, without `active`. */
function listEntry(row: ProfileRow): Omit<ProfileListEntry, 'active'> {
  const asProfile = { ...row, publications: [] } as Profile;
  return {
    id: row.id,
    label: row.label,
    name: displayName(asProfile),
    affiliation: currentPosition(asProfile)?.institution ?? '',
  };
}

const sameEntry = (a: Omit<ProfileListEntry, 'active'>, b: Omit<ProfileListEntry, 'active'>) =>
  a.id === b.id && a.label === b.label && a.name === b.name && a.affiliation === b.affiliation;

function fromRows(row: ProfileRow, pubs: PublicationRow[]): Profile {
  const publications = [...pubs].sort((a, b) => a.order - b.order).map(({ profileId: _p, order: _o, ...pub }) => pub);
  return { ...row, publications };
}

export class Repository {
  /** The popup's stored copy of the list, kept current by the write methods below. */
  readonly profileList: ProfileListCache;

  constructor(private readonly database: VitaeDatabase = db()) {
    this.profileList = new ProfileListCache(() => this.listWithSites());
  }

  /** The active profile's id when it exists. */
  private async storedActiveId(): Promise<string | undefined> {
    const active = (await this.database.keyValues.get(ACTIVE_KEY))?.value;
    return typeof active === 'string' && (await this.database.profiles.get(active)) ? active : undefined;
  }

  /** Make sure there is at least one profile and an active one; returns the active id. */
  async ensureActiveProfile(): Promise<string> {
    const active = await this.storedActiveId();
    if (active !== undefined) return active;
    // Only a fresh install or a wipe gets here: the list changes.
    return this.profileList.change(() =>
      this.database.transaction('rw', this.database.profiles, this.database.keyValues, async () => {
        const again = await this.storedActiveId();
        if (again !== undefined) return again;
        const first = await this.database.profiles.orderBy('label').first();
        const id = first?.id ?? emptyProfile().id;
        if (!first) await this.database.profiles.put(toRow(emptyProfile(id)).row);
        await this.database.keyValues.put({ key: ACTIVE_KEY, value: id });
        return id;
      }),
    );
  }

  async activeProfileId(): Promise<string> {
    return this.ensureActiveProfile();
  }

  async setActiveProfile(id: string): Promise<void> {
    const exists = await this.database.profiles.get(id);
    if (!exists) throw new Error(`No profile with id ${id}`);
    if ((await this.storedActiveId()) === id) return;
    await this.profileList.change(() => this.database.keyValues.put({ key: ACTIVE_KEY, value: id }));
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

  /** Validate a whole profile; throws the validation error. */
  private validProfile(profile: Profile): Profile {
    const parsed = parseProfile({ ...profile, updatedAt: new Date().toISOString() });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  }

  /** Store a validated profile, replacing its publications, in one transaction. */
  protected putProfile(profile: Profile): Promise<void> {
    const { row, pubs } = toRow(profile);
    const d = this.database;
    return d.transaction('rw', d.profiles, d.publications, async () => {
      await d.publications.where('profileId').equals(row.id).delete();
      await d.profiles.put(row);
      await d.publications.bulkPut(pubs);
    });
  }

  /** Validate and store a whole profile, replacing its publications. */
  async saveProfile(profile: Profile): Promise<Profile> {
    const valid = this.validProfile(profile);
    // A save that leaves the name, label and affiliation as they were (a new bio, a publication) keeps the list.
    const before = await this.database.profiles.get(valid.id);
    if (before && sameEntry(listEntry(before), listEntry(toRow(valid).row))) await this.putProfile(valid);
    else await this.profileList.change(() => this.putProfile(valid));
    return valid;
  }

  async listProfiles(): Promise<ProfileListEntry[]> {
    const active = await this.activeProfileId();
    const rows = await this.database.profiles.toArray();
    return rows.map((row) => ({ ...listEntry(row), active: row.id === active }));
  }

  /** The list and settings.profilePerSite: what `profile.list` answers and the popup's stored copy holds. */
  private async listWithSites(): Promise<CachedProfileList> {
    const profiles = await this.listProfiles();
    return { profiles, profilePerSite: (await this.getSettings()).profilePerSite };
  }

  async createProfile(label: string, copyFrom?: string): Promise<string> {
    const id = newId('p');
    const now = new Date().toISOString();
    const base = copyFrom ? await this.getProfile(copyFrom) : emptyProfile(id, label, now);
    const documents = copyFrom ? await this.database.documents.where('profileId').equals(copyFrom).toArray() : [];
    const valid = this.validProfile({ ...base, id, label, createdAt: now });
    const d = this.database;
    await this.profileList.change(() =>
      d.transaction('rw', d.profiles, d.publications, d.documents, async () => {
        await this.putProfile(valid);
        await d.documents.bulkPut(documents.map((doc) => ({ ...doc, id: newId('d'), profileId: id })));
      }),
    );
    return id;
  }

  async deleteProfile(id: string): Promise<void> {
    const d = this.database;
    await this.profileList.change(() =>
      d.transaction('rw', [d.profiles, d.publications, d.documents, d.keyValues], async () => {
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
      }),
    );
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
    const current = await this.getSettings();
    const next = { ...current, ...patch };
    const write = () => this.database.keyValues.put({ key: SETTINGS_KEY, value: next });
    // The popup's stored list carries the profiles chosen per site.
    if (JSON.stringify(next.profilePerSite) === JSON.stringify(current.profilePerSite)) await write();
    else await this.profileList.change(write);
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
    await this.profileList.change(() =>
      d.transaction('rw', [d.profiles, d.publications, d.documents, d.siteRules, d.keyValues], async () => {
        await Promise.all([
          d.profiles.clear(),
          d.publications.clear(),
          d.documents.clear(),
          d.siteRules.clear(),
          d.keyValues.clear(),
        ]);
        await fill(d);
      }),
    );
  }
}
