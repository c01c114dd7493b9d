import { hostMatches } from './hosts';
import type { Settings } from '../lib/settings/settings';
import type { Repository } from './repository';

/**
 * Settings.profilePerSite (issue #17): the profile the person chose for this site (a host, matching its
 * subdomains as "never fill" sites do), when it still exists; otherwise undefined, and the active profile fills.
 */
export async function profileForSite(repo: Repository, settings: Settings, host: string): Promise<string | undefined> {
  const site = Object.keys(settings.profilePerSite)
    .filter((pattern) => hostMatches(host, pattern))
    // The most specific entry wins: "apply.example.org" over "example.org".
    .sort((a, b) => b.length - a.length)[0];
  const chosen = site === undefined ? undefined : settings.profilePerSite[site];
  if (!chosen) return undefined;
  const profiles = await repo.listProfiles();
  return profiles.some((p) => p.id === chosen) ? chosen : undefined;
}
