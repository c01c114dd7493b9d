/**
 * The Vitae backup: every profile, documents as base64, site rules, settings and the schema version, as one JSON
 * document. Restoring it replaces all stored data (in one transaction; see platform/repository.ts).
 */
import * as v from 'valibot';
import {
  DocumentMetaSchema,
  PROFILE_SCHEMA_VERSION,
  ProfileSchema,
  describeIssues,
  type Profile,
} from '../profile/schema';
import type { Settings } from '../settings/settings';
import type { SiteRule } from '../sites/site-rule';

export const BACKUP_FORMAT = 'vitae-backup';
export const BACKUP_VERSION = 1;

const SiteRuleSchema = v.object({
  id: v.string(),
  origin: v.string(),
  signature: v.string(),
  target: v.string(),
  createdAt: v.string(),
  label: v.optional(v.string()),
});

export const BackupDocumentSchema = v.object({
  ...DocumentMetaSchema.entries,
  base64: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'document data must be base64')),
});
export type BackupDocument = v.InferOutput<typeof BackupDocumentSchema>;

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(1),
    v.maxValue(BACKUP_VERSION, 'this backup was made by a newer Vitae'),
  ),
  schemaVersion: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(1),
    v.maxValue(PROFILE_SCHEMA_VERSION, 'this backup was made by a newer Vitae'),
  ),
  exportedAt: v.string(),
  activeProfileId: v.optional(v.string()),
  profiles: v.pipe(v.array(ProfileSchema), v.minLength(1, 'a backup holds at least one profile')),
  documents: v.optional(v.array(BackupDocumentSchema), []),
  siteRules: v.optional(v.array(SiteRuleSchema), []),
  settings: v.optional(v.record(v.string(), v.unknown()), {}),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export interface BackupContents {
  activeProfileId?: string;
  profiles: Profile[];
  documents: BackupDocument[];
  siteRules: SiteRule[];
  settings: Partial<Settings>;
}

export function createBackup(contents: BackupContents, now = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: PROFILE_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    ...(contents.activeProfileId ? { activeProfileId: contents.activeProfileId } : {}),
    profiles: contents.profiles,
    documents: contents.documents,
    siteRules: contents.siteRules,
    settings: contents.settings,
  };
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 2);
}

/** Validate a parsed JSON value as a backup; errors name the place and the problem. */
export function parseBackup(data: unknown): { ok: true; backup: Backup } | { ok: false; error: string } {
  const result = v.safeParse(BackupSchema, data);
  if (result.success) {
    const ids = new Set(result.output.profiles.map((p) => p.id));
    const orphan = result.output.documents.find((d) => !ids.has(d.profileId));
    if (orphan) return { ok: false, error: `Invalid backup: document ${orphan.fileName} belongs to no profile in it` };
    return { ok: true, backup: result.output };
  }
  return { ok: false, error: `Invalid backup: ${describeIssues(result.issues)}` };
}

export function looksLikeBackup(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === BACKUP_FORMAT;
}
