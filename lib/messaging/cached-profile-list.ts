/**
 * The profile list (name, affiliation, label, which one is active) as the background last stored it in
 * `storage.local` (issue #16): the popup paints the person's name from it before its scripts and the background's
 * service worker are up. Only the background writes it, around every change of the list (platform/
 * profile-list-cache.ts): it removes the key before the change and stores the new list after it, so a popup that
 * finds the key finds the list as it is now, and a popup that opens during a change finds nothing and waits for
 * `profile.list`.
 */
import type { ProfileListEntry } from './protocol';

export const PROFILE_LIST_KEY = 'profileList';

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

/** The stored list when it is one (at least one entry, exactly one active); otherwise undefined: do not trust it. */
export function cachedProfileList(stored: unknown): ProfileListEntry[] | undefined {
  if (!Array.isArray(stored) || stored.length === 0 || !stored.every(isEntry)) return undefined;
  return stored.filter((p) => p.active).length === 1 ? stored : undefined;
}
