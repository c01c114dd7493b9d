/**
 * The popup's sections and header lines, shared by the first-paint shell (shell.ts, plain DOM) and the Preact app,
 * so that both draw the same popup. No imports: the shell's module stays a few kB.
 */
import type { ProfileListEntry } from '../../lib/messaging/protocol';

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

/** The header's two lines: the active profile's name and affiliation, or what to say while the list is unknown. */
export function headerLines(profiles: ProfileListEntry[], listKnown: boolean): { name: string; affiliation: string } {
  const active = profiles.find((p) => p.active);
  return {
    name: active?.name || (listKnown ? 'Your profile is empty' : 'Vitae'),
    affiliation: active?.affiliation || (listKnown ? 'Add your CV in the options page.' : ''),
  };
}
