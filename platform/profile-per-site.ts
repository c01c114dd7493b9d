import { profileForHost, siteEntry } from '../lib/settings/site-profile';
import type { Settings } from '../lib/settings/settings';
import type { Repository } from './repository';

/**
 * Settings.profilePerSite (issue #17): the profile the person chose for this site when it still exists; otherwise
 * undefined, and the active profile fills. The choice is lib/settings/site-profile.ts, shared with the popup.
 */
export async function profileForSite(repo: Repository, settings: Settings, host: string): Promise<string | undefined> {
  // Most pages have no entry: no need to read the list.
  if (!siteEntry(settings.profilePerSite, host)) return undefined;
  const chosen = profileForHost(settings.profilePerSite, host, await repo.listProfiles());
  return chosen?.site === undefined ? undefined : chosen.profile.id;
}
