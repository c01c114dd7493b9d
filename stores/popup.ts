// Only type imports from lib/profile: its schema module (valibot) is not needed to show the popup.
/**
 * The popup's state: one Zustand store fed by the background through messages. The popup first asks only for the
 * profile list (name, affiliation), shows itself, and then loads the rest; formatted publication and conflict lists
 * come from `profile.export` so that the CSL engine stays in the background.
 */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { ConflictStyle } from '../lib/format/conflict-styles';
import type { FillTabResponse, ProfileListEntry } from '../lib/messaging/protocol';
import type { PublicationFilters, PublicationStyle } from '../lib/format/publication-style';
import type { Bio, Profile } from '../lib/profile/schema';
import { sendToBackground } from '../platform/messaging';

import { hostOf, popupHeader, type PopupTab } from '../components/popup/sections';
import type { CachedProfileList } from '../lib/messaging/cached-profile-list';
import { profileForHost } from '../lib/settings/site-profile';

export { POPUP_TABS, type PopupTab } from '../components/popup/sections';

/** What the popup shows: one of its tabs, or the search results while a query is typed. */
export type PopupView = PopupTab | 'search';

export interface FormattedText {
  status: 'idle' | 'loading' | 'ready' | 'error';
  text: string;
  error?: string;
}

export interface PopupState {
  profiles: ProfileListEntry[];
  /** Settings.profilePerSite, with the list: the header names the profile Fill will use on `host`. */
  profilePerSite: Record<string, string>;
  listLoaded: boolean;
  /** The host of the tab the popup was opened on. */
  host?: string;
  profile?: Profile;
  error?: string;
  tab: PopupTab;
  query: string;
  fill: { status: 'idle' | 'busy' | 'done'; result?: FillTabResponse; tabId?: number; restored?: number };
  publicationStyle: PublicationStyle;
  publicationFilters: PublicationFilters;
  publications: FormattedText;
  conflictStyle: ConflictStyle;
  conflictMonths: Record<ConflictStyle, number>;
  conflicts: FormattedText;
  /** A short message for the live region ("Copied IEEE list"). */
  notice: string;
  /** Where the notice belongs: the tab it was said on, or the search results; shown there only (issue #15). */
  noticeView: PopupView;
  /** Settings.defaultBioId: that bio is listed first. */
  defaultBioId?: string;

  loadList: () => Promise<void>;
  loadProfile: () => Promise<void>;
  switchProfile: (id: string) => Promise<void>;
  setTab: (tab: PopupTab) => void;
  setQuery: (query: string) => void;
  fillPage: () => Promise<void>;
  undoFill: () => Promise<void>;
  setPublicationStyle: (style: PublicationStyle) => Promise<void>;
  setPublicationFilters: (filters: PublicationFilters) => Promise<void>;
  refreshPublications: () => Promise<void>;
  setConflictStyle: (style: ConflictStyle) => Promise<void>;
  setConflictMonths: (months: number) => Promise<void>;
  refreshConflicts: () => Promise<void>;
  saveBio: (bio: Omit<Bio, 'id'>) => Promise<void>;
  copy: (text: string, what: string) => Promise<void>;
}

let publicationRequest = 0;
let conflictRequest = 0;

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The list the header is drawn from, once the background or the shell gave one. */
/**
 * The profile the popup shows, copies from and exports: the one Fill uses on the tab's site (its own profile when the
 * settings give it one), so that the header, the quick copies and Fill never speak of different people.
 */
function shownProfile(state: Pick<PopupState, 'profiles' | 'profilePerSite' | 'host'>): { profileId?: string } {
  const id = profileForHost(state.profilePerSite, state.host, state.profiles)?.profile.id;
  return id === undefined ? {} : { profileId: id };
}

export function popupList(state: Pick<PopupState, 'profiles' | 'profilePerSite' | 'listLoaded'>) {
  return state.listLoaded || state.profiles.length > 0
    ? ({ profiles: state.profiles, profilePerSite: state.profilePerSite } satisfies CachedProfileList)
    : undefined;
}

export const usePopupStore = create<PopupState>()((set, get) => {
  /** A notice for the view it was said in. */
  const say = (notice: string) => set({ notice, noticeView: get().query ? 'search' : get().tab });
  return {
    profiles: [],
    profilePerSite: {},
    listLoaded: false,
    tab: 'fill',
    query: '',
    fill: { status: 'idle' },
    publicationStyle: 'ieee',
    publicationFilters: { includeInSubmission: true },
    publications: { status: 'idle', text: '' },
    conflictStyle: 'hotcrp',
    conflictMonths: { hotcrp: 24, 'cmt-domains': 24, 'nsf-coa-csv': 48 },
    conflicts: { status: 'idle', text: '' },
    notice: '',
    noticeView: 'fill',

    async loadList() {
      const [res, tab] = await Promise.all([
        sendToBackground({ type: 'profile.list' }),
        activeTab().catch(() => undefined),
      ]);
      const host = hostOf(tab?.url);
      if (res.ok) {
        set({ profiles: res.profiles, profilePerSite: res.profilePerSite ?? {}, listLoaded: true, host });
      } else set({ error: res.error, listLoaded: true, host });
    },

    async loadProfile() {
      const [res, settings] = await Promise.all([
        sendToBackground({ type: 'profile.get', ...shownProfile(get()) }),
        sendToBackground({ type: 'settings.get' }),
      ]);
      if (!res.ok) {
        set({ error: res.error });
        return;
      }
      performance.mark('vitae-profile-loaded');
      set({
        profile: res.profile,
        ...(settings.ok
          ? { publicationStyle: settings.settings.defaultCitationStyle, defaultBioId: settings.settings.defaultBioId }
          : {}),
      });
      const tab = get().tab;
      if (tab === 'publications') await get().refreshPublications();
      if (tab === 'conflicts') await get().refreshConflicts();
    },

    async switchProfile(id) {
      // On a site with a profile of its own, the selector changes that site's profile: the one Fill uses here.
      const site = popupHeader(popupList(get()), get().host).site?.pattern;
      const res =
        site === undefined
          ? await sendToBackground({ type: 'profile.activate', profileId: id })
          : await sendToBackground({
              type: 'settings.set',
              settings: { profilePerSite: { ...get().profilePerSite, [site]: id } },
            });
      if (!res.ok) {
        set({ error: res.error });
        return;
      }
      set({ profile: undefined, publications: { status: 'idle', text: '' }, conflicts: { status: 'idle', text: '' } });
      await get().loadList();
      await get().loadProfile();
    },

    setTab(tab) {
      set({ tab, query: '' });
      if (tab === 'publications' && get().publications.status === 'idle') void get().refreshPublications();
      if (tab === 'conflicts' && get().conflicts.status === 'idle') void get().refreshConflicts();
    },

    setQuery(query) {
      set({ query });
    },

    async fillPage() {
      set({ fill: { status: 'busy' } });
      try {
        const tabId = (await activeTab())?.id;
        if (tabId === undefined) {
          set({ fill: { status: 'done', result: { ok: false, error: 'No page to fill.' } } });
          return;
        }
        const result = await sendToBackground({ type: 'fill.tab', tabId });
        set({ fill: { status: 'done', result, tabId } });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        set({ fill: { status: 'done', result: { ok: false, error: `Could not fill: ${message}` } } });
      }
    },

    async undoFill() {
      const tabId = get().fill.tabId;
      if (tabId === undefined) return;
      const res = await sendToBackground({ type: 'fill.undo', tabId });
      if (res.ok) {
        set({ fill: { status: 'idle', restored: res.restored } });
        say(`Undone: ${res.restored} fields restored`);
      } else {
        say(res.error);
      }
    },

    async setPublicationStyle(style) {
      set({ publicationStyle: style });
      await get().refreshPublications();
    },

    async setPublicationFilters(filters) {
      set({ publicationFilters: filters });
      await get().refreshPublications();
    },

    async refreshPublications() {
      const request = ++publicationRequest;
      const { publicationStyle: style, publicationFilters: filters } = get();
      set({ publications: { ...get().publications, status: 'loading' } });
      const res = await sendToBackground({
        type: 'profile.export',
        ...shownProfile(get()),
        format: 'publications',
        style,
        filters,
      });
      if (request !== publicationRequest) return;
      set({
        publications: res.ok ? { status: 'ready', text: res.data } : { status: 'error', text: '', error: res.error },
      });
    },

    async setConflictStyle(style) {
      set({ conflictStyle: style });
      await get().refreshConflicts();
    },

    async setConflictMonths(months) {
      set({ conflictMonths: { ...get().conflictMonths, [get().conflictStyle]: months } });
      await get().refreshConflicts();
    },

    async refreshConflicts() {
      const request = ++conflictRequest;
      const { conflictStyle: style, conflictMonths } = get();
      set({ conflicts: { ...get().conflicts, status: 'loading' } });
      const res = await sendToBackground({
        type: 'profile.export',
        ...shownProfile(get()),
        format: 'conflicts',
        style,
        months: conflictMonths[style],
      });
      if (request !== conflictRequest) return;
      set({
        conflicts: res.ok ? { status: 'ready', text: res.data } : { status: 'error', text: '', error: res.error },
      });
    },

    async saveBio(bio) {
      const profile = get().profile;
      if (!profile) return;
      const next: Profile = {
        ...profile,
        bios: [
          ...profile.bios,
          { ...bio, id: `bio${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}` },
        ],
      };
      const res = await sendToBackground({ type: 'profile.save', profile: next });
      if (res.ok) {
        set({ profile: { ...next, updatedAt: res.updatedAt } });
        say(`Saved as bio “${bio.name}”`);
      } else say(`Not saved: ${res.error}`);
    },

    async copy(text, what) {
      try {
        await navigator.clipboard.writeText(text);
        say(`Copied ${what}`);
      } catch (error) {
        say(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
});
