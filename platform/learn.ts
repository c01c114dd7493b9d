/**
 * "Remember for this site" in the background (issue #7). fill.tab records, per tab and frame, the fields of the
 * last fill a person's edit may teach a rule from (lib/engine/learn.ts `watchableFields`), with what Vitae filled
 * there. The content script then asks `rules.suggest` with a field id and the value the person typed, and
 * `rules.learn` to accept the offer.
 *
 * Nothing of a rule comes from the page: the field must be one of the last fill in the sender's own tab and frame,
 * the origin is the sender tab's top page (and must still be the filled one), the signature is computed from the
 * descriptor collected at fill time, and the target must be the one the background offered. Each field is learned
 * at most once and asked about a few times, so a page cannot use the offers to probe the profile, and the answer
 * names a kind's label, never a value.
 */
import { browser } from 'wxt/browser';
import {
  fieldDisplayLabel,
  learnTarget,
  MAX_SUGGESTIONS_PER_FIELD,
  readLearnRequest,
  readSuggestRequest,
  watchableFields,
} from '../lib/engine/learn';
import { fieldSignature, hostOf, originOf } from '../lib/engine/signature';
import type { Decision, FieldDescriptor, PageDescription } from '../lib/engine/types';
import { kindLabel, type FieldKind } from '../lib/fields/kinds';
import type { BackgroundResponse, Failure, LearnOffer } from '../lib/messaging/protocol';
import { hostMatches } from '../lib/settings/hosts';
import type { Repository } from './repository';

/** What the background knows about a message's origin (Chrome's and Firefox's MessageSender). */
export interface LearnSender {
  tab?: { id?: number; url?: string };
  frameId?: number;
}

interface LearnableField {
  descriptor: FieldDescriptor;
  /** The kind Vitae wrote into the field in this fill; absent when it left the field empty. */
  filledKind?: FieldKind;
  /** The target last offered for this field: the only one `rules.learn` accepts. */
  offered?: string;
  suggestions: number;
  learned: boolean;
}

/** What learning needs of the frame's page: where it was (never its fields: those are in `fields`). */
type PageMeta = Pick<PageDescription, 'url' | 'topUrl' | 'title'>;

interface FrameFields {
  page: PageMeta;
  fields: Map<string, LearnableField>;
}

interface TabFill {
  origin: string;
  profileId: string;
  frames: Map<number, FrameFields>;
}

/** Tabs remembered at once; the oldest fill is forgotten first. */
const MAX_TABS = 20;

/**
 * Where the records outlive the background itself. An MV3 service worker is stopped after ~30 s idle, and a
 * person reviews a filled form for longer than that: `storage.session` keeps the records in memory for the
 * browser's session (never on disk) and hands them to the next worker. One key per tab and frame, so that a fill
 * writes only its own record and a closed tab's records can be dropped alone.
 */
export interface LearningStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key this store holds (records of tabs an earlier worker filled included). */
  keys(): Promise<string[]>;
}

const KEY_PREFIX = 'vitae.fill.';
const recordKey = (tabId: number, frameId: number) => `${KEY_PREFIX}${tabId}.${frameId}`;
const isTabKey = (key: string, tabId: number) => key.startsWith(`${KEY_PREFIX}${tabId}.`);

type SessionArea = typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
const sessionArea = () => browser.storage.session as SessionArea | undefined;

export const sessionStorageStore: LearningStore = {
  async get(key) {
    return (await sessionArea()?.get(key))?.[key];
  },
  async set(key, value) {
    await sessionArea()?.set({ [key]: value });
  },
  async remove(keys) {
    if (keys.length) await sessionArea()?.remove(keys);
  },
  async keys() {
    const area = sessionArea();
    if (!area) return [];
    // getKeys (Chrome 130+) lists without reading every value.
    return area.getKeys ? area.getKeys() : Object.keys(await area.get(null));
  },
};

/** One frame's record as plain JSON: where it was filled, and the fields its edits may teach from. */
interface StoredFrame {
  origin: string;
  profileId: string;
  page: PageMeta;
  fields: [string, LearnableField][];
}

const refuse = (error: string): Failure => ({ ok: false, error });

export function offerLabel(target: string): string {
  if (target === 'ignore') return 'Leave alone';
  return kindLabel(target);
}

export class LearningSessions {
  private readonly tabs = new Map<number, TabFill>();
  /** Store writes and removals, one after another, so that a removal never overtakes the write before it. */
  private saving: Promise<void> = Promise.resolve();
  /** The store's keys, read once per worker and kept up to date: a closed tab without a record costs no read. */
  private storedKeys: Promise<Set<string>> | undefined;

  constructor(private readonly store?: LearningStore) {}

  private queue(work: (store: LearningStore) => Promise<void>): Promise<void> {
    const store = this.store;
    if (!store) return Promise.resolve();
    this.saving = this.saving.then(() => work(store)).catch(() => undefined);
    return this.saving;
  }

  /** Write one frame's record, and only it. */
  private persist(tabId: number, frameId: number): Promise<void> {
    const tab = this.tabs.get(tabId);
    const frame = tab?.frames.get(frameId);
    if (!tab || !frame) return Promise.resolve();
    const stored: StoredFrame = {
      origin: tab.origin,
      profileId: tab.profileId,
      page: frame.page,
      fields: [...frame.fields],
    };
    const key = recordKey(tabId, frameId);
    return this.queue(async (store) => {
      (await this.keysOf(store)).add(key);
      await store.set(key, stored);
    });
  }

  private keysOf(store: LearningStore): Promise<Set<string>> {
    this.storedKeys ??= store.keys().then(
      (keys) => new Set(keys.filter((key) => key.startsWith(KEY_PREFIX))),
      () => new Set<string>(),
    );
    return this.storedKeys;
  }

  /** Drop every record of a tab: in memory, and in the store (an earlier worker's included). */
  private forget(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    return this.queue(async (store) => {
      const keys = await this.keysOf(store);
      const gone = [...keys].filter((key) => isTabKey(key, tabId));
      for (const key of gone) keys.delete(key);
      await store.remove(gone);
    });
  }

  /** A new fill of a tab: forget what the last one could teach. */
  begin(tabId: number, origin: string, profileId: string): void {
    void this.forget(tabId);
    this.tabs.set(tabId, { origin, profileId, frames: new Map() });
    while (this.tabs.size > MAX_TABS) {
      const oldest = this.tabs.keys().next().value;
      if (oldest === undefined) break;
      void this.forget(oldest);
    }
  }

  /** Undo took the fill back, or the tab closed or went to another page: nothing of it can be learned any more. */
  end(tabId: number): Promise<void> {
    return this.forget(tabId);
  }

  /**
   * One round of a frame's fill: keep its watchable fields (later rounds add rows, never forget what Vitae filled)
   * and answer the ids the content script should watch.
   */
  record(
    tabId: number,
    frameId: number,
    page: PageDescription,
    decisions: readonly Decision[],
    filled: ReadonlyMap<string, FieldKind>,
  ): string[] {
    const tab = this.tabs.get(tabId);
    if (!tab) return [];
    let frame = tab.frames.get(frameId);
    if (!frame) {
      frame = { page: { url: page.url, topUrl: page.topUrl, title: page.title }, fields: new Map() };
      tab.frames.set(frameId, frame);
    }
    for (const descriptor of watchableFields(page, decisions, filled)) {
      const known = frame.fields.get(descriptor.id);
      const filledKind = filled.get(descriptor.id) ?? known?.filledKind;
      frame.fields.set(descriptor.id, {
        descriptor: known?.descriptor ?? descriptor,
        ...(filledKind ? { filledKind } : {}),
        suggestions: known?.suggestions ?? 0,
        learned: known?.learned ?? false,
      });
    }
    void this.persist(tabId, frameId);
    return [...frame.fields.keys()];
  }

  /** The sender's frame record: in memory, else as an earlier worker stored it. */
  private async frameOf(tabId: number, frameId: number): Promise<{ tab: TabFill; frame?: FrameFields } | undefined> {
    const tab = this.tabs.get(tabId);
    if (tab) return { tab, frame: tab.frames.get(frameId) };
    await this.saving;
    const stored = (await this.store?.get(recordKey(tabId, frameId)).catch(() => undefined)) as StoredFrame | undefined;
    if (!stored || !Array.isArray(stored.fields) || this.tabs.has(tabId)) {
      const now = this.tabs.get(tabId);
      return now ? { tab: now, frame: now.frames.get(frameId) } : undefined;
    }
    const frame: FrameFields = { page: stored.page, fields: new Map(stored.fields) };
    const restored: TabFill = {
      origin: stored.origin,
      profileId: stored.profileId,
      frames: new Map([[frameId, frame]]),
    };
    this.tabs.set(tabId, restored);
    return { tab: restored, frame };
  }

  /** The field of the last fill a content-script message names, in the sender's own tab and frame. */
  private async locate(
    sender: LearnSender,
    fieldId: string,
  ): Promise<
    | { tab: TabFill; frame: FrameFields; field: LearnableField; topUrl: string; tabId: number; frameId: number }
    | Failure
  > {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return refuse('Only a page Vitae filled can ask this.');
    const frameId = sender.frameId ?? 0;
    const found = await this.frameOf(tabId, frameId);
    if (!found) return refuse('Vitae has not filled this tab (or the fill was undone).');
    const { tab, frame } = found;
    const topUrl = sender.tab?.url ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url ?? '';
    if (originOf(topUrl) !== tab.origin) return refuse('The page changed since Vitae filled it.');
    const field = frame?.fields.get(fieldId);
    if (!frame || !field) return refuse('Not a field of Vitae’s last fill of this page.');
    return { tab, frame, field, topUrl, tabId, frameId };
  }

  async suggest(repo: Repository, sender: LearnSender, request: unknown): Promise<BackgroundResponse<'rules.suggest'>> {
    const read = readSuggestRequest(request);
    if ('error' in read) return refuse(read.error);
    const found = await this.locate(sender, read.fieldId);
    if ('ok' in found) return found;
    const { tab, frame, field, topUrl, tabId, frameId } = found;
    if (field.learned) return refuse('Vitae already remembered this field.');
    if (field.suggestions >= MAX_SUGGESTIONS_PER_FIELD) return refuse('Vitae asked about this field often enough.');
    field.suggestions += 1;
    delete field.offered;
    await this.persist(tabId, frameId);
    const settings = await repo.getSettings();
    const site = hostOf(topUrl);
    if (!settings.learnCorrections || settings.neverSites.some((s) => hostMatches(site, s))) {
      return { ok: true, offer: null };
    }
    const target = learnTarget({
      profile: await repo.getProfile(tab.profileId),
      // Learning reads the page's address only; the fields it needs are the record's own.
      page: { ...frame.page, markers: [], fields: [], buttons: [] },
      field: field.descriptor,
      value: read.value,
      filledKind: field.filledKind,
    });
    if (!target) return { ok: true, offer: null };
    field.offered = target;
    await this.persist(tabId, frameId);
    const offer: LearnOffer = { target, label: offerLabel(target), site };
    return { ok: true, offer };
  }

  async learn(repo: Repository, sender: LearnSender, request: unknown): Promise<BackgroundResponse<'rules.learn'>> {
    const read = readLearnRequest(request);
    if ('error' in read) return refuse(read.error);
    const found = await this.locate(sender, read.fieldId);
    if ('ok' in found) return found;
    const { field, topUrl, tabId, frameId } = found;
    if (field.learned) return refuse('Vitae already remembered this field.');
    if (!field.offered || field.offered !== read.target) return refuse('Vitae did not offer that for this field.');
    field.learned = true;
    await this.persist(tabId, frameId);
    // Same origin and signature as an existing rule: the repository replaces it rather than adding a second.
    await repo.saveRule({
      origin: originOf(topUrl),
      signature: fieldSignature(field.descriptor),
      target: read.target,
      label: fieldDisplayLabel(field.descriptor),
    });
    return { ok: true };
  }
}

/** The background's one record of fills, shared by fill.tab, fill.undo and the rules.* handlers. */
export const learning = new LearningSessions(sessionStorageStore);
