/**
 * The one Vitae database. Only extension pages (background, popup, options) open it: IndexedDB opened from a
 * content script would belong to the web page's origin.
 *
 * Every `version(n)` stays here forever so that any old install migrates; add a new one, never edit an old one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { DocumentMeta, Profile, Publication } from '../lib/profile/schema';
import type { SiteRule } from '../lib/sites/site-rule';

/** A profile row: the profile without its publications (those have their own table). */
export type ProfileRow = Omit<Profile, 'publications'>;
export type PublicationRow = Publication & { profileId: string; order: number };
export type DocumentRow = DocumentMeta & { blob: Blob };
export interface KeyValueRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'vitae';

export class VitaeDatabase extends Dexie {
  profiles!: EntityTable<ProfileRow, 'id'>;
  publications!: EntityTable<PublicationRow, 'id'>;
  documents!: EntityTable<DocumentRow, 'id'>;
  siteRules!: EntityTable<SiteRule, 'id'>;
  keyValues!: EntityTable<KeyValueRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: the first released schema. Never edit; add version(2) with an upgrade() instead.
    this.version(1).stores({
      profiles: 'id, label, updatedAt',
      publications: 'id, profileId, [profileId+order], year, type',
      documents: 'id, profileId, kind',
      siteRules: 'id, origin, &[origin+signature]',
      keyValues: 'key',
    });
  }
}

let instance: VitaeDatabase | undefined;
export function db(): VitaeDatabase {
  instance ??= new VitaeDatabase();
  return instance;
}
