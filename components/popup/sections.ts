/**
 * The popup's sections and header, shared by the first-paint shell (shell.ts, plain DOM) and the Preact app, so
 * that both draw the same popup (tests/unit/popup/shell-matches-app.test.tsx compares them). Small imports only:
 * the shell's module stays a few kB.
 */
import type { CachedProfileList } from '../../lib/messaging/cached-profile-list';
import { profileForHost } from '../../lib/settings/site-profile';

export const POPUP_TABS = ['fill', 'bios', 'publications', 'conflicts', 'ids'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

export const TAB_LABELS: Record<PopupTab, string> = {
  fill: 'Fill',
  bios: 'Bios',
  publications: 'Publications',
  conflicts: 'Conflicts',
  ids: 'Ids',
};

export const FILL_LABEL = 'Fill this page';
export const FILLING_LABEL = 'Filling…';
export const FILL_HINT = 'Shortcut: Alt+Shift+F fills without opening this popup.';
export const SEARCH_LABEL = 'Search your profile';
export const SEARCH_PLACEHOLDER = 'Search your profile (Enter copies)';

/** What the header shows: the name of the profile Fill will use on the current site, and the profile selector. */
export interface PopupHeader {
  name: string;
  affiliation: string;
  /**
   * When Fill uses the profile chosen for this site (settings.profilePerSite) rather than the active one: the
   * sentence that says so, and the site pattern the selector changes.
   */
  site?: { pattern: string; note: string };
  /** The selector, with more than one profile: for the site's profile when `site` is set, else the active one. */
  switcher?: { label: string; value: string; options: { value: string; label: string }[] };
}

/** The header for `list` (undefined while it is unknown) on a page of `host`. */
export function popupHeader(list: CachedProfileList | undefined, host: string | undefined): PopupHeader {
  if (!list) return { name: 'Vitae', affiliation: '' };
  const chosen = profileForHost(list.profilePerSite, host, list.profiles);
  const header: PopupHeader = {
    name: chosen?.profile.name || 'Your profile is empty',
    affiliation: chosen?.profile.affiliation || 'Add your CV in the options page.',
  };
  if (chosen?.site !== undefined)
    header.site = { pattern: chosen.site, note: `Fill uses your “${chosen.profile.label}” profile on ${chosen.site}.` };
  if (chosen && list.profiles.length > 1)
    header.switcher = {
      label: chosen.site === undefined ? 'Profile' : `Profile for ${chosen.site}`,
      value: chosen.profile.id,
      options: list.profiles.map((p) => ({ value: p.id, label: p.label })),
    };
  return header;
}

/** The host of a tab's URL, when it has one. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}
