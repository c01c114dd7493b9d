/**
 * Which profile fills a page (issue #17, settings.profilePerSite): the one the person chose for the page's site
 * (a host, matching its subdomains as "never fill" sites do) when it still exists, otherwise the active one. One
 * pure function for the background's fill (platform/profile-per-site.ts) and the popup's header, which names the
 * profile Fill will use.
 */
import { hostMatches } from './hosts';

/** The entry of `profilePerSite` for `host`: the most specific pattern, "apply.example.org" over "example.org". */
export function siteEntry(
  profilePerSite: Readonly<Record<string, string>>,
  host: string,
): { site: string; profileId: string } | undefined {
  const site = Object.keys(profilePerSite)
    .filter((pattern) => hostMatches(host, pattern))
    .sort((a, b) => b.length - a.length)[0];
  const profileId = site === undefined ? undefined : profilePerSite[site];
  return site !== undefined && profileId ? { site, profileId } : undefined;
}

/**
 * The profile Fill uses on a page of `host`, and `site` (the pattern of profilePerSite) when it is the site's
 * profile rather than the active one. Undefined only when `profiles` has no active profile.
 */
export function profileForHost<P extends { id: string; active: boolean }>(
  profilePerSite: Readonly<Record<string, string>>,
  host: string | undefined,
  profiles: readonly P[],
): { profile: P; site?: string } | undefined {
  const entry = host === undefined ? undefined : siteEntry(profilePerSite, host);
  const chosen = entry && profiles.find((p) => p.id === entry.profileId);
  if (entry && chosen) return { profile: chosen, site: entry.site };
  const active = profiles.find((p) => p.active);
  return active ? { profile: active } : undefined;
}
