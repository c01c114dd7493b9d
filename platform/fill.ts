/**
 * fill.tab: find the tab's frames, inject the content script into the frames Vitae may fill, collect each, classify
 * and plan in the background (the profile never enters the page), and send each frame only its own steps and only
 * the document bytes those steps attach. fill.undo takes the last fill back in every frame.
 */
import { browser } from 'wxt/browser';
import { classifyPage } from '../lib/engine/classify';
import { planFill } from '../lib/engine/plan';
import type { Decision, FillPlan, FillStep, PageDescription } from '../lib/engine/types';
import { FIELD_KINDS, isFieldKind, type FieldKind } from '../lib/fields/kinds';
import type { DocumentMeta, Profile } from '../lib/profile/schema';
import type {
  ContentResponse,
  FilledField,
  FillTabResponse,
  Settings,
  SiteRule,
  SkippedReport,
} from '../lib/messaging/protocol';
import { bytesToBase64 } from '../lib/encoding/base64';
import { hostMatches } from './hosts';
import { learning } from './learn';
import { sendToFrame } from './messaging';
import { watchSteps } from './steps';
import type { Repository } from './repository';

/** The built content script, as WXT names it. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
/** "Add another" presses per frame and fill: enough for a long CV, bounded so a page can never loop us. */
const MAX_ROUNDS = 8;

export interface EngineContext {
  rules: SiteRule[];
  documents: DocumentMeta[];
  overwrite: boolean;
  /** Presses of each "Add" button earlier in this fill, so the rows added never outnumber the profile's. */
  pressed?: Record<string, number>;
}

/** The one call into the pure engine: classify the frame's fields, then plan values from the profile. */
export function planForPage(
  page: PageDescription,
  profile: Profile,
  context: EngineContext,
): FillPlan & { decisions: Decision[] } {
  const decisions = classifyPage(page, { rules: context.rules });
  const plan = planFill(page, decisions, profile, {
    documents: context.documents,
    overwrite: context.overwrite,
    ...(context.pressed ? { pressed: context.pressed } : {}),
  });
  return { ...plan, decisions };
}

export { hostMatches };

interface FrameProbe {
  url: string;
  origin: string;
  sandboxed: boolean;
}

/** Runs in each frame (serialised by executeScript): where am I, and am I sandboxed? Leaves nothing behind. */
function probeFrame(): FrameProbe {
  let sandboxed = false;
  try {
    sandboxed = window.frameElement?.hasAttribute('sandbox') ?? false;
  } catch {
    // A cross-origin parent hides frameElement; an opaque origin below still tells.
  }
  // self.origin is the document's origin ("null" when sandboxed); location.origin only reflects the URL.
  return { url: location.href, origin: self.origin, sandboxed: sandboxed || self.origin === 'null' };
}

interface Frame extends FrameProbe {
  frameId: number;
}

async function probeFrames(tabId: number): Promise<Frame[]> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: probeFrame });
  const frames: Frame[] = [];
  for (const r of results) {
    const probe = r.result;
    if (probe && typeof probe.url === 'string') frames.push({ frameId: r.frameId, ...probe });
  }
  return frames.sort((a, b) => a.frameId - b.frameId);
}

/** Inject the content script where no agent answers yet; a second fill reuses the agent (and its undo log). */
async function ensureInjected(tabId: number, frameIds: number[]): Promise<void> {
  const missing: number[] = [];
  await Promise.all(
    frameIds.map(async (frameId) => {
      const answer = await sendToFrame(tabId, frameId, { type: 'content.ping' }).catch(() => undefined);
      if (!answer?.ready) missing.push(frameId);
    }),
  );
  if (missing.length > 0) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [CONTENT_SCRIPT] });
  }
}

function skipFrame(frame: Frame, topOrigin: string, settings: Settings): string | null {
  if (frame.sandboxed) return 'A sandboxed frame: Vitae never fills those.';
  let host = '';
  try {
    host = new URL(frame.url).hostname;
  } catch {
    // about:blank and the like have no host.
  }
  if (host && settings.neverSites.some((site) => hostMatches(host, site))) {
    return `A frame from ${host}, which is in your "never fill" sites.`;
  }
  if (frame.origin === topOrigin || frame.frameId === 0) return null;
  const allowed = settings.allowedFrameOrigins[topOrigin] ?? [];
  if (allowed.includes(frame.origin)) return null;
  return (
    `A frame from ${frame.origin} inside ${topOrigin}: not filled, because it belongs to another site. ` +
    `To fill it, allow ${frame.origin} for ${topOrigin} in Vitae's settings (allowed frame origins).`
  );
}

/** Frames filled per tab, so that undo reaches them without probing again. */
const filledFrames = new Map<number, number[]>();

async function filesFor(
  repo: Repository,
  steps: FillStep[],
): Promise<Record<string, { base64: string; mimeType: string }>> {
  const files: Record<string, { base64: string; mimeType: string }> = {};
  for (const step of steps) {
    if (step.action !== 'attach-file' || files[step.documentId]) continue;
    const row = await repo.getDocument(step.documentId);
    if (row) {
      files[step.documentId] = {
        base64: bytesToBase64(new Uint8Array(await row.blob.arrayBuffer())),
        mimeType: row.mimeType,
      };
    }
  }
  return files;
}

function stepValue(step: FillStep): string {
  switch (step.action) {
    case 'set-value':
    case 'choose-listbox':
      return step.value;
    case 'select-option':
      return step.optionText || step.value;
    case 'check':
      return step.optionText ?? String(step.checked);
    case 'attach-file':
      return step.fileName;
    case 'click-add':
      return '';
  }
}

/** The content script answers `{ error }` when its handler threw (entrypoints/content/index.ts): pass it on. */
function throwContentError(response: unknown): void {
  const error = (response as { error?: unknown } | null | undefined)?.error;
  if (typeof error === 'string') throw new Error(`the content script failed: ${error}`);
}

interface FrameOutcome {
  filled: FilledField[];
  skipped: SkippedReport[];
  fields: number;
}

async function fillFrame(
  repo: Repository,
  tabId: number,
  frame: Frame,
  profile: Profile,
  context: EngineContext,
  settings: Settings,
): Promise<FrameOutcome> {
  const filled: FilledField[] = [];
  const done = new Set<string>();
  const failed: SkippedReport[] = [];
  let skipped: SkippedReport[] = [];
  let fields = 0;
  let watch: string[] = [];
  // An "Add" button may be pressed again in a later round (React turns "Add" into "Add Another" in place).
  const pressed: Record<string, number> = {};
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const page = await sendToFrame(tabId, frame.frameId, { type: 'content.collect' });
    throwContentError(page);
    if (!page || !Array.isArray(page.fields)) throw new Error('the frame did not describe itself');
    fields = page.fields.length;
    const byId = new Map(page.fields.map((f) => [f.id, f]));
    const plan = planForPage(page, profile, { ...context, pressed });
    const steps = plan.steps.filter((s) => !done.has(s.fieldId));
    skipped = plan.skipped
      .filter((s) => !done.has(s.fieldId))
      .map((s) => ({ selector: byId.get(s.fieldId)?.selector ?? s.fieldId, reason: s.reason, frameUrl: page.url }));
    if (steps.length === 0) {
      watch = learning.record(tabId, frame.frameId, page, plan.decisions, new Map());
      break;
    }
    const response: ContentResponse<'content.apply'> = await sendToFrame(tabId, frame.frameId, {
      type: 'content.apply',
      // Each step names its fact for the badge: the vocabulary's labels stay here, out of the injected script.
      steps: steps.map((step) => (isFieldKind(step.kind) ? { ...step, label: FIELD_KINDS[step.kind].label } : step)),
      files: await filesFor(repo, steps),
      highlight: settings.highlight,
      keepUndo: round > 0,
    });
    throwContentError(response);
    if (!Array.isArray(response?.results)) throw new Error('the frame did not answer the fill');
    const results = new Map(response.results.map((r) => [r.fieldId, r]));
    let addedRow = false;
    const filledNow = new Map<string, FieldKind>();
    for (const step of steps) {
      const result = results.get(step.fieldId);
      if (step.action === 'click-add') {
        pressed[step.fieldId] = (pressed[step.fieldId] ?? 0) + 1;
        addedRow ||= result?.ok === true;
        continue;
      }
      done.add(step.fieldId);
      const field = byId.get(step.fieldId);
      const selector = field?.selector ?? step.fieldId;
      if (result?.ok) {
        if (step.kind !== 'add-row') filledNow.set(step.fieldId, step.kind);
        filled.push({
          frameUrl: page.url,
          selector,
          field: step.kind,
          // A ticked radio reports the answer it stands for, not "true".
          value: step.action === 'check' && step.optionText ? step.optionText : (result.value ?? stepValue(step)),
          reason: step.reason,
        });
      } else {
        failed.push({
          selector,
          reason: `Could not fill: ${result?.error ?? 'no answer'}`,
          frameUrl: page.url,
          ...(result?.threw || !result ? { error: true as const } : {}),
        });
      }
    }
    watch = learning.record(tabId, frame.frameId, page, plan.decisions, filledNow);
    if (!addedRow) break;
  }
  if (settings.learnCorrections && watch.length > 0) {
    // The person's own edits of these fields may teach a rule ("Remember for this site", issue #7).
    await sendToFrame(tabId, frame.frameId, { type: 'content.watch', fieldIds: watch }).catch(() => undefined);
  }
  // The last round's plan says why the rest was left; failures of every round are kept.
  return { filled, skipped: [...skipped, ...failed], fields };
}

export async function fillTab(
  repo: Repository,
  request: { tabId: number; profileId?: string; overwrite?: boolean },
): Promise<FillTabResponse> {
  const { tabId } = request;
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^(https?|file):/.test(tab.url)) {
    return { ok: false, error: 'Vitae fills web pages only (this tab shows no http(s) page).' };
  }
  const top = new URL(tab.url);
  const settings = await repo.getSettings();
  if (settings.neverSites.some((site) => hostMatches(top.hostname, site))) {
    return { ok: false, error: `Vitae never fills pages of ${top.hostname} (it is in your "never fill" sites).` };
  }
  const profile = await repo.getProfile(request.profileId);
  learning.begin(tabId, top.origin, profile.id);
  const context: EngineContext = {
    rules: await repo.rulesFor(top.origin),
    documents: await repo.listDocuments(profile.id),
    overwrite: request.overwrite ?? settings.overwrite === 'overwrite',
  };

  const frames = await probeFrames(tabId);
  const skipped: SkippedReport[] = [];
  const usable: Frame[] = [];
  for (const frame of frames) {
    const reason = skipFrame(frame, top.origin, settings);
    if (reason) skipped.push({ selector: `frame ${frame.url}`, reason, frameUrl: frame.url });
    else usable.push(frame);
  }
  await ensureInjected(
    tabId,
    usable.map((f) => f.frameId),
  );
  filledFrames.set(
    tabId,
    usable.map((f) => f.frameId),
  );

  const filled: FilledField[] = [];
  let total = 0;
  for (const frame of usable) {
    try {
      const outcome = await fillFrame(repo, tabId, frame, profile, context, settings);
      filled.push(...outcome.filled);
      skipped.push(...outcome.skipped);
      total += outcome.fields;
    } catch (error) {
      skipped.push({
        selector: `frame ${frame.url}`,
        reason: `Could not fill this frame: ${error instanceof Error ? error.message : String(error)}`,
        frameUrl: frame.url,
        error: true,
      });
    }
  }
  if (filled.length > 0 && usable.some((f) => f.frameId === 0)) {
    await sendToFrame(tabId, 0, { type: 'content.toast', filled: filled.length }).catch(() => undefined);
  }
  // The next step of a single-page application is offered, or filled, as it appears (issue #18).
  await watchSteps(
    tabId,
    usable.map((f) => f.frameId),
    top.hostname,
    settings,
  );
  return { ok: true, filled, skipped, total };
}

export async function undoTab(tabId: number): Promise<{ ok: true; restored: number }> {
  learning.end(tabId);
  let frameIds = filledFrames.get(tabId);
  if (!frameIds) {
    // The service worker restarted since the fill: ask every frame; only those with an agent answer.
    frameIds = (await probeFrames(tabId).catch(() => [])).map((f) => f.frameId);
  }
  const counts = await Promise.all(
    frameIds.map((frameId) =>
      sendToFrame(tabId, frameId, { type: 'content.undo' }).then(
        (r) => (typeof r?.restored === 'number' ? r.restored : 0),
        () => 0,
      ),
    ),
  );
  return { ok: true, restored: counts.reduce((a, b) => a + b, 0) };
}
