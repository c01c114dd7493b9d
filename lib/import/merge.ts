import type { ImportSummary } from '../messaging/protocol';
import { newId } from '../profile/create';
import { parseProfile, type Profile } from '../profile/schema';
import type { ProfileDraft } from './types';

export interface MergeResult {
  profile: Profile;
  summary: ImportSummary;
  warnings: string[];
}

/**
 * Fold an importer's draft into the stored profile. Never overwrites a filled value with an empty one.
 * (Initial version: appends list rows, fills empty scalars. Duplicate detection comes with issue #5.)
 */
export function mergeIntoProfile(current: Profile, draft: ProfileDraft, options: { exclude: string[] }): MergeResult {
  const next: Record<string, unknown> = structuredClone(current);
  const summary: ImportSummary = {};
  for (const [key, value] of Object.entries(draft)) {
    if (options.exclude.includes(key) || value === undefined) continue;
    if (Array.isArray(value)) {
      const existing = (next[key] as unknown[] | undefined) ?? [];
      const rows = value.map((row: unknown) =>
        row && typeof row === 'object' && !('id' in row) ? { id: newId(), ...row } : row,
      );
      next[key] = [...existing, ...rows];
      summary[key] = { added: rows.length, changed: 0, kept: existing.length };
    } else if (value && typeof value === 'object') {
      const target = { ...((next[key] as Record<string, unknown> | undefined) ?? {}) };
      let added = 0;
      for (const [field, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        if (fieldValue === undefined || fieldValue === '') continue;
        if (target[field] === undefined || target[field] === '') {
          target[field] = fieldValue;
          added++;
        }
      }
      next[key] = target;
      summary[key] = { added, changed: 0, kept: 0 };
    }
  }
  const parsed = parseProfile(next);
  if (!parsed.ok) throw new Error(parsed.error);
  return { profile: parsed.value, summary, warnings: [] };
}
