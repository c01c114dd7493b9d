/**
 * The options page's state: one Zustand store built from slices (profile being edited + autosave, toasts with undo,
 * the profile list, documents, settings, learned site rules). Everything is fed by background messages; nothing here
 * touches storage directly.
 */
import { create, type StateCreator } from 'zustand';
import { sendToBackground } from '../platform/messaging';
import { parseProfile, type DocumentMeta, type Profile } from '../lib/profile/schema';
import type { ProfileListEntry } from '../lib/messaging/protocol';
import type { Settings } from '../lib/settings/settings';
import type { SiteRule } from '../lib/sites/site-rule';

/** Sections of the profile that are lists of rows. */
export type ListSection = {
  [K in keyof Profile]-?: NonNullable<Profile[K]> extends readonly unknown[] ? K : never;
}[keyof Profile];
export type ListItem<K extends ListSection> = Profile[K][number];

/**
 * Stable empty values for selectors: a selector that returns a fresh `[]` or `{}` on every call makes
 * useSyncExternalStore see a change on every render.
 */
export const NO_ROWS: never[] = [];
export const NO_ENTRIES: Record<string, never> = {};

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export const AUTOSAVE_DELAY_MS = 600;
const TOAST_MS = 8_000;

export interface Toast {
  id: number;
  message: string;
  undo?: () => void;
}

interface ProfileSlice {
  profile: Profile | undefined;
  documents: DocumentMeta[];
  loadError: string | undefined;
  saveState: SaveState;
  saveError: string | undefined;
  /** Load a profile (the active one by default) for editing; saves pending edits of the current one first. */
  loadProfile: (profileId?: string) => Promise<void>;
  /** Apply an edit; autosave follows after a short pause. */
  updateProfile: (recipe: (profile: Profile) => Profile) => void;
  /** Save now if anything is unsaved (page hidden, tab closing, switching profiles). */
  flushSave: () => Promise<void>;
  addItem: <K extends ListSection>(section: K, item: ListItem<K>, at?: number) => void;
  updateItem: <K extends ListSection>(section: K, index: number, patch: Partial<ListItem<K>>) => void;
  moveItem: (section: ListSection, from: number, to: number) => void;
  removeItem: (section: ListSection, index: number, label: string) => void;
  refreshDocuments: () => Promise<void>;
}

interface ToastSlice {
  toast: Toast | undefined;
  showToast: (message: string, undo?: () => void) => void;
  dismissToast: () => void;
}

interface ProfilesSlice {
  profiles: ProfileListEntry[];
  refreshProfiles: () => Promise<void>;
}

interface SettingsSlice {
  settings: Settings | undefined;
  loadSettings: () => Promise<void>;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
}

interface RulesSlice {
  rules: SiteRule[];
  loadRules: () => Promise<void>;
  saveRule: (rule: SiteRule) => Promise<void>;
  deleteRule: (ruleId: string) => Promise<void>;
}

export type OptionsState = ProfileSlice & ToastSlice & ProfilesSlice & SettingsSlice & RulesSlice;
type Slice<T> = StateCreator<OptionsState, [], [], T>;

function listOf<K extends ListSection>(profile: Profile, section: K): ListItem<K>[] {
  return [...(profile[section] as ListItem<K>[])];
}
function withList<K extends ListSection>(profile: Profile, section: K, list: ListItem<K>[]): Profile {
  return { ...profile, [section]: list };
}

/** Rows just added and not filled in yet are not stored (an empty email is not an email). */
export function withoutBlankRows(profile: Profile): Profile {
  return {
    ...profile,
    emails: profile.emails.filter((e) => e.address.trim() !== ''),
    phones: profile.phones.filter((p) => p.raw.trim() !== ''),
  };
}

const createProfileSlice: Slice<ProfileSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every edit; a save only marks "saved" if no edit came in while it ran. */
  let editVersion = 0;
  let savedVersion = 0;
  let inFlight: Promise<void> | undefined;

  async function saveNow(): Promise<void> {
    // One save at a time; a flush that arrives during a save waits for it, then saves what is still new.
    while (inFlight) await inFlight;
    const { profile } = get();
    if (!profile || savedVersion === editVersion) return;
    const version = editVersion;
    const parsed = parseProfile(withoutBlankRows(profile));
    if (!parsed.ok) {
      set({ saveState: 'error', saveError: parsed.error });
      return;
    }
    set({ saveState: 'saving' });
    inFlight = (async () => {
      const res = await sendToBackground({ type: 'profile.save', profile: parsed.value });
      if (!res.ok) {
        set({ saveState: 'error', saveError: res.error });
        return;
      }
      savedVersion = version;
      if (version === editVersion) set({ saveState: 'saved', saveError: undefined });
    })();
    try {
      await inFlight;
    } finally {
      inFlight = undefined;
    }
    if (editVersion !== savedVersion && !timer) schedule();
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void saveNow();
    }, AUTOSAVE_DELAY_MS);
  }

  function edit(recipe: (profile: Profile) => Profile): void {
    const { profile } = get();
    if (!profile) return;
    editVersion++;
    set({ profile: recipe(profile), saveState: 'pending' });
    schedule();
  }

  return {
    profile: undefined,
    documents: [],
    loadError: undefined,
    saveState: 'idle',
    saveError: undefined,

    async loadProfile(profileId) {
      await get().flushSave();
      let res = await sendToBackground({ type: 'profile.get', ...(profileId ? { profileId } : {}) });
      // The profile may have been deleted in another tab: fall back to the active one.
      if (!res.ok && profileId) res = await sendToBackground({ type: 'profile.get' });
      if (!res.ok) {
        set({ loadError: res.error });
        return;
      }
      editVersion = savedVersion = 0;
      set({ profile: res.profile, documents: res.documents, loadError: undefined, saveState: 'idle' });
    },

    updateProfile: edit,

    async flushSave() {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      await saveNow();
    },

    addItem(section, item, at) {
      edit((p) => {
        const list = listOf(p, section);
        list.splice(at ?? list.length, 0, item);
        return withList(p, section, list);
      });
    },

    updateItem(section, index, patch) {
      edit((p) => {
        const list = listOf(p, section);
        const current = list[index];
        if (current === undefined) return p;
        list[index] = (typeof current === 'object' ? { ...current, ...patch } : (patch as unknown)) as ListItem<
          typeof section
        >;
        return withList(p, section, list);
      });
    },

    moveItem(section, from, to) {
      edit((p) => {
        const list = listOf(p, section);
        if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return p;
        const [row] = list.splice(from, 1);
        list.splice(to, 0, row as ListItem<typeof section>);
        return withList(p, section, list);
      });
    },

    removeItem(section, index, label) {
      const { profile } = get();
      const removed = profile ? listOf(profile, section)[index] : undefined;
      if (removed === undefined) return;
      edit((p) => {
        const list = listOf(p, section);
        list.splice(index, 1);
        return withList(p, section, list);
      });
      get().showToast(`Removed ${label}.`, () => {
        edit((p) => {
          const list = listOf(p, section);
          list.splice(Math.min(index, list.length), 0, removed);
          return withList(p, section, list);
        });
      });
    },

    async refreshDocuments() {
      const id = get().profile?.id;
      const res = await sendToBackground({ type: 'profile.get', ...(id ? { profileId: id } : {}) });
      if (res.ok) set({ documents: res.documents });
    },
  };
};

const createToastSlice: Slice<ToastSlice> = (set, get) => {
  let counter = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    toast: undefined,
    showToast(message, undo) {
      if (timer) clearTimeout(timer);
      const id = ++counter;
      set({ toast: { id, message, ...(undo ? { undo } : {}) } });
      timer = setTimeout(() => {
        if (get().toast?.id === id) set({ toast: undefined });
      }, TOAST_MS);
    },
    dismissToast() {
      set({ toast: undefined });
    },
  };
};

const createProfilesSlice: Slice<ProfilesSlice> = (set) => ({
  profiles: [],
  async refreshProfiles() {
    const res = await sendToBackground({ type: 'profile.list' });
    if (res.ok) set({ profiles: res.profiles });
  },
});

const createSettingsSlice: Slice<SettingsSlice> = (set, get) => ({
  settings: undefined,
  async loadSettings() {
    const res = await sendToBackground({ type: 'settings.get' });
    if (res.ok) set({ settings: res.settings });
  },
  async updateSettings(patch) {
    const previous = get().settings;
    if (previous) set({ settings: { ...previous, ...patch } });
    const res = await sendToBackground({ type: 'settings.set', settings: patch });
    if (res.ok) set({ settings: res.settings });
    else get().showToast(`Settings not saved: ${res.error}`);
  },
});

const createRulesSlice: Slice<RulesSlice> = (set, get) => ({
  rules: [],
  async loadRules() {
    const res = await sendToBackground({ type: 'rules.list' });
    if (res.ok) set({ rules: res.rules });
  },
  async saveRule(rule) {
    const res = await sendToBackground({ type: 'rules.save', rule });
    if (res.ok) set({ rules: get().rules.map((r) => (r.id === rule.id ? res.rule : r)) });
    else get().showToast(`Rule not saved: ${res.error}`);
  },
  async deleteRule(ruleId) {
    const removed = get().rules.find((r) => r.id === ruleId);
    const res = await sendToBackground({ type: 'rules.delete', ruleId });
    if (!res.ok) {
      get().showToast(`Rule not deleted: ${res.error}`);
      return;
    }
    set({ rules: get().rules.filter((r) => r.id !== ruleId) });
    if (removed)
      get().showToast(`Deleted the rule for ${removed.label ?? removed.signature}.`, () => {
        void sendToBackground({ type: 'rules.save', rule: removed }).then(() => get().loadRules());
      });
  },
});

export const createOptionsStore = () =>
  create<OptionsState>()((...a) => ({
    ...createProfileSlice(...a),
    ...createToastSlice(...a),
    ...createProfilesSlice(...a),
    ...createSettingsSlice(...a),
    ...createRulesSlice(...a),
  }));

export const useOptionsStore = createOptionsStore();
