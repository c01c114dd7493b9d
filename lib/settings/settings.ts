/**
 * The person's settings, as the options page edits them and the background stores them (platform/repository.ts).
 * Every key has a reader in the product (tests/unit/settings/every-setting-read.test.ts).
 */
import type { PublicationStyle } from '../format/publication-style';

export interface Settings {
  /** 'empty-only': never touch a field with a value; 'overwrite': replace values Vitae would fill. */
  overwrite: 'empty-only' | 'overwrite';
  confirmBeforeFill: boolean;
  highlight: 'outline' | 'background' | 'none';
  /** Hosts where Vitae never acts. */
  neverSites: string[];
  defaultBioId?: string;
  defaultCitationStyle: PublicationStyle;
  /** top-site origin → frame origins the user allowed to be filled. */
  allowedFrameOrigins: Record<string, string[]>;
  /** host → profile id. */
  profilePerSite: Record<string, string>;
  /** After a fill, offer "Remember for this site" when the person corrects a field (issue #7). */
  learnCorrections: boolean;
  /**
   * Hosts where the person chose "Keep filling this application" (issue #18): once a fill ran there, each step the
   * page swaps in is filled as it appears, until the tab leaves the page. Empty by default.
   */
  keepFillingSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  overwrite: 'empty-only',
  confirmBeforeFill: false,
  highlight: 'outline',
  neverSites: [],
  defaultCitationStyle: 'ieee',
  allowedFrameOrigins: {},
  profilePerSite: {},
  learnCorrections: true,
  keepFillingSites: [],
};
