/**
 * The profile list (name, affiliation, label, which one is active) and the profiles chosen per site, as the
 * background last stored them in `storage.local` (issue #16): the popup paints the name of the profile Fill will
 * use from it before its scripts and the background's service worker are up. Only the background writes it, from
 * the repository's write methods (platform/profile-list-cache.ts): a write that can change the list removes the
 * key before it and stores the new list after it, so a popup that finds the key finds the list as it is now, and
 * a popup that opens during a change finds nothing and waits for `profile.list`.
 */
import type { ProfileListEntry } from './protocol';

export const PROFILE_LIST_KEY = 'profileList';

/** What is stored under PROFILE_LIST_KEY, and what `profile.list` answers. */
export interface CachedProfileList {
  profiles: ProfileListEntry[];
  /** Settings.profilePerSite: host pattern → profile id (lib/settings/site-profile.ts picks from it). */
  profilePerSite: Record<string, string>;
}

function isEntry(value: unknown): value is ProfileListEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.label === 'string' &&
    typeof v.name === 'string' &&
    typeof v.affiliation === 'string' &&
    typeof v.active === 'boolean'
  );
}

function isSiteMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((id) => typeof id === 'string')
  );
}

/**
 * The stored list when it is one (at least one entry, exactly one active, a map of sites); otherwise undefined: do
 * not trust it. A bare array (the format before profilePerSite was stored with it) is not trusted either.
 */
export function cachedProfileList(stored: unknown): CachedProfileList | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { profiles, profilePerSite } = stored as Partial<Record<keyof CachedProfileList, unknown>>;
  if (!Array.isArray(profiles) || profiles.length === 0 || !profiles.every(isEntry)) return undefined;
  if (!isSiteMap(profilePerSite)) return undefined;
  return profiles.filter((p) => p.active).length === 1 ? { profiles, profilePerSite } : undefined;
}
