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
import { FIELD_KINDS, isFieldKind, type FieldKind } from '../lib/fields/kinds';
import type { BackgroundResponse, Failure, LearnOffer } from '../lib/messaging/protocol';
import { hostMatches } from './hosts';
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

interface FrameFields {
  page: PageDescription;
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
 * Where the sessions outlive the background itself. An MV3 service worker is stopped after ~30 s idle, and a
 * person reviews a filled form for longer than that: `storage.session` keeps the record in memory for the browser's
 * session (never on disk) and hands it to the next worker.
 */
export interface LearningStore {
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

const STORE_KEY = 'vitae.learning';

export const sessionStorageStore: LearningStore = {
  async load() {
    const area = browser.storage.session as typeof browser.storage.local | undefined;
    return area ? (await area.get(STORE_KEY))[STORE_KEY] : undefined;
  },
  async save(value) {
    const area = browser.storage.session as typeof browser.storage.local | undefined;
    await area?.set({ [STORE_KEY]: value });
  },
};

/** A TabFill as plain JSON; a frame keeps only the descriptors of the fields it watches. */
interface StoredTab {
  tabId: number;
  origin: string;
  profileId: string;
  frames: { frameId: number; page: PageDescription; fields: [string, LearnableField][] }[];
}

function toStored(tabId: number, tab: TabFill): StoredTab {
  return {
    tabId,
    origin: tab.origin,
    profileId: tab.profileId,
    frames: [...tab.frames].map(([frameId, frame]) => ({
      frameId,
      // The rest of the page is not needed to recognise a value later; keep the record small.
      page: { ...frame.page, fields: [...frame.fields.values()].map((f) => f.descriptor), buttons: [] },
      fields: [...frame.fields],
    })),
  };
}

function fromStored(stored: StoredTab): TabFill {
  return {
    origin: stored.origin,
    profileId: stored.profileId,
    frames: new Map(stored.frames.map((f) => [f.frameId, { page: f.page, fields: new Map(f.fields) }])),
  };
}

const refuse = (error: string): Failure => ({ ok: false, error });

export function offerLabel(target: string): string {
  if (target === 'ignore') return 'Leave alone';
  return isFieldKind(target) ? FIELD_KINDS[target].label : target;
}

export class LearningSessions {
  private readonly tabs = new Map<number, TabFill>();
  /** Tabs ended since the stored record was read: a restored record must not bring them back. */
  private readonly ended = new Set<number>();
  private restored: Promise<void> | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly store?: LearningStore) {}

  /** Read what an earlier worker stored, once; what this worker has recorded since wins. */
  private restore(): Promise<void> {
    this.restored ??= (async () => {
      const stored = await this.store?.load().catch(() => undefined);
      if (!Array.isArray(stored)) return;
      for (const tab of stored as StoredTab[]) {
        if (!this.tabs.has(tab.tabId) && !this.ended.has(tab.tabId)) this.tabs.set(tab.tabId, fromStored(tab));
      }
    })();
    return this.restored;
  }

  /** Write the record through to the store, one write after another, after the stored one has been read. */
  private persist(): Promise<void> {
    if (!this.store) return Promise.resolve();
    const store = this.store;
    this.saving = this.saving
      .then(() => this.restore())
      .then(() => store.save([...this.tabs].map(([id, tab]) => toStored(id, tab))))
      .catch(() => undefined);
    return this.saving;
  }

  /** A new fill of a tab: forget what the last one could teach. */
  begin(tabId: number, origin: string, profileId: string): void {
    this.tabs.delete(tabId);
    this.ended.delete(tabId);
    this.tabs.set(tabId, { origin, profileId, frames: new Map() });
    while (this.tabs.size > MAX_TABS) {
      const oldest = this.tabs.keys().next().value;
      if (oldest === undefined) break;
      this.tabs.delete(oldest);
    }
    void this.persist();
  }

  /** Undo took the fill back, or the tab went away: nothing of it can be learned any more. */
  end(tabId: number): void {
    this.tabs.delete(tabId);
    this.ended.add(tabId);
    void this.persist();
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
      frame = { page, fields: new Map() };
      tab.frames.set(frameId, frame);
    }
    frame.page = page;
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
    void this.persist();
    return [...frame.fields.keys()];
  }

  /** The field of the last fill a content-script message names, in the sender's own tab and frame. */
  private async locate(
    sender: LearnSender,
    fieldId: string,
  ): Promise<{ tab: TabFill; frame: FrameFields; field: LearnableField; topUrl: string } | Failure> {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return refuse('Only a page Vitae filled can ask this.');
    await this.restore();
    const tab = this.tabs.get(tabId);
    if (!tab) return refuse('Vitae has not filled this tab (or the fill was undone).');
    const topUrl = sender.tab?.url ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url ?? '';
    if (originOf(topUrl) !== tab.origin) return refuse('The page changed since Vitae filled it.');
    const frame = tab.frames.get(sender.frameId ?? 0);
    const field = frame?.fields.get(fieldId);
    if (!frame || !field) return refuse('Not a field of Vitae’s last fill of this page.');
    return { tab, frame, field, topUrl };
  }

  async suggest(repo: Repository, sender: LearnSender, request: unknown): Promise<BackgroundResponse<'rules.suggest'>> {
    const read = readSuggestRequest(request);
    if ('error' in read) return refuse(read.error);
    const found = await this.locate(sender, read.fieldId);
    if ('ok' in found) return found;
    const { tab, frame, field, topUrl } = found;
    if (field.learned) return refuse('Vitae already remembered this field.');
    if (field.suggestions >= MAX_SUGGESTIONS_PER_FIELD) return refuse('Vitae asked about this field often enough.');
    field.suggestions += 1;
    delete field.offered;
    await this.persist();
    const settings = await repo.getSettings();
    const site = hostOf(topUrl);
    if (!settings.learnCorrections || settings.neverSites.some((s) => hostMatches(site, s))) {
      return { ok: true, offer: null };
    }
    const target = learnTarget({
      profile: await repo.getProfile(tab.profileId),
      page: frame.page,
      field: field.descriptor,
      value: read.value,
      filledKind: field.filledKind,
    });
    if (!target) return { ok: true, offer: null };
    field.offered = target;
    await this.persist();
    const offer: LearnOffer = { target, label: offerLabel(target), site };
    return { ok: true, offer };
  }

  async learn(repo: Repository, sender: LearnSender, request: unknown): Promise<BackgroundResponse<'rules.learn'>> {
    const read = readLearnRequest(request);
    if ('error' in read) return refuse(read.error);
    const found = await this.locate(sender, read.fieldId);
    if ('ok' in found) return found;
    const { field, topUrl } = found;
    if (field.learned) return refuse('Vitae already remembered this field.');
    if (!field.offered || field.offered !== read.target) return refuse('Vitae did not offer that for this field.');
    field.learned = true;
    await this.persist();
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
