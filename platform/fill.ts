/**
 * fill.tab: find the tab's frames, inject the content script into the frames Vitae may fill, collect each, classify
 * and plan in the background (the profile never enters the page), and send each frame only its own steps and only
 * the document bytes those steps attach. fill.undo takes the last fill back in every frame.
 */
import { browser } from 'wxt/browser';
import { classifyPage } from '../lib/engine/classify';
import { planFill } from '../lib/engine/plan';
import type { Decision, FillStep, PageDescription } from '../lib/engine/types';
import { isFieldKind, kindLabel, type FieldKind } from '../lib/fields/kinds';
import { watchableFields } from '../lib/engine/learn';
import { expandFields } from '../lib/messaging/compact-fields';
import type { DocumentMeta, Profile } from '../lib/profile/schema';
import type { ContentResponse, FilledField, FillTabResponse, SkippedReport } from '../lib/messaging/protocol';
import type { Settings } from '../lib/settings/settings';
import type { SiteRule } from '../lib/sites/site-rule';
import { bytesToBase64 } from '../lib/encoding/base64';
import { withDefaultBio } from '../lib/format/bios';
import { skippedDetails } from '../lib/format/fill-report';
import { confirmedByPerson } from './confirm-fill';
import { hostMatches } from '../lib/settings/hosts';
import { learning } from './learn';
import { sendToFrame } from './messaging';
import { profileForSite } from './profile-per-site';
import { stepValue } from './step-value';
import { armTab, stepWatch, watchSteps, type StepWatch } from './steps';
import type { Repository } from './repository';

/** The built content script, as WXT names it. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
/** "Add another" presses per frame and fill: enough for a long CV, bounded so a page can never loop us. */
const MAX_ROUNDS = 8;

export interface EngineContext {
  rules: SiteRule[];
  documents: DocumentMeta[];
  overwrite: boolean;
  /** The options' citation style, for publication lists written into forms (issue #13). */
  publicationStyle?: Settings['defaultCitationStyle'];
}

export { hostMatches };

/**
 * The stages of the current fill as `performance` measures of the background (what scripts/bench-fill-e2e.ts
 * prints as the breakdown). Cleared at the start of each fill, so they never pile up.
 */
function stage(name: string, start: number, end = performance.now()): number {
  performance.measure(`vitae:${name}`, { start, end });
  return end;
}

interface FrameProbe {
  url: string;
  origin: string;
  sandboxed: boolean;
  /** This frame's isolated world holds a Vitae agent (entrypoints/content/index.ts marks it); maybe orphaned. */
  agent: boolean;
}

/**
 * Runs in each frame (serialised by executeScript, in the isolated world the content script shares): where am I,
 * am I sandboxed, and is an agent already here? Leaves nothing behind.
 */
function probeFrame(): FrameProbe {
  // The marker's name is written out: a serialised function sees no module constants (AGENT_MARKER in content).
  const agent = (globalThis as { vitaeAgent?: unknown }).vitaeAgent === true;
  let sandboxed = false;
  try {
    sandboxed = window.frameElement?.hasAttribute('sandbox') ?? false;
  } catch {
    // A cross-origin parent hides frameElement; an opaque origin below still tells.
  }
  // self.origin is the document's origin ("null" when sandboxed); location.origin only reflects the URL.
  return { url: location.href, origin: self.origin, sandboxed: sandboxed || self.origin === 'null', agent };
}

interface Frame extends FrameProbe {
  frameId: number;
}

/**
 * `injectImmediately`: a frame left on its first blank document (`<iframe src="javascript:false;">`, kept by old
 * checkout pages for pop-ups) never reaches document_idle, and an injection that waits for idle never returns
 * (issue #12, tests/fixtures/accuracy/frame-never-idle.html). Fills run after the page has loaded anyway.
 */
async function probeFrames(tabId: number): Promise<Frame[]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    injectImmediately: true,
    func: probeFrame,
  });
  const frames: Frame[] = [];
  for (const r of results) {
    const probe = r.result;
    if (probe && typeof probe.url === 'string') frames.push({ frameId: r.frameId, ...probe });
  }
  return frames.sort((a, b) => a.frameId - b.frameId);
}

/** A frame's description, as the content script answers `content.collect`. */
type Collected = ContentResponse<'content.collect'>;

/**
 * Inject the content script where no agent answers yet; a second fill reuses the agent (and its undo log). Only a
 * frame whose probe found an agent is pinged (it may be orphaned by an extension reload): a fresh page, the usual
 * case, saves that round trip (issue #16). A freshly injected script collects its frame at once and the injection
 * returns that description (entrypoints/content/index.ts), which saves the fill's first `content.collect`.
 */
async function ensureInjected(tabId: number, frames: Frame[]): Promise<Map<number, Collected>> {
  const missing: number[] = [];
  await Promise.all(
    frames.map(async ({ frameId, agent }) => {
      const answer = agent
        ? await sendToFrame(tabId, frameId, { type: 'content.ping' }).catch(() => undefined)
        : undefined;
      if (!answer?.ready) missing.push(frameId);
    }),
  );
  const collected = new Map<number, Collected>();
  if (missing.length === 0) return collected;
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: missing },
    injectImmediately: true,
    files: [CONTENT_SCRIPT],
  });
  for (const { frameId, result } of results) {
    // The script's answer as JSON (entrypoints/content/index.ts); anything else leaves the frame to collect itself.
    if (typeof result !== 'string') continue;
    try {
      const answer = JSON.parse(result) as Collected | null;
      if (answer && Array.isArray(answer.fields)) collected.set(frameId, answer);
    } catch {
      // Not a description: the fill sends content.collect as before.
    }
  }
  return collected;
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

/**
 * The fields the content script watches for the person's edits, sent with the fill: those the record will keep
 * if every step succeeds (a failed one may be watched in vain: the background's record, made from the results,
 * is what `rules.suggest` consults).
 */
function plannedWatch(page: PageDescription, decisions: readonly Decision[], steps: FillStep[]): string[] {
  const planned = new Map<string, FieldKind>();
  for (const step of steps)
    if (step.action !== 'click-add' && isFieldKind(step.kind)) planned.set(step.fieldId, step.kind);
  return watchableFields(page, decisions, planned).map((f) => f.id);
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
  /** A `content.apply` armed this frame's step watcher (else fill.tab sends `content.steps`). */
  armed: boolean;
}

async function fillFrame(
  repo: Repository,
  tabId: number,
  frame: Frame,
  profile: Profile,
  context: EngineContext,
  settings: Settings,
  /** The top frame is the only one filled: it shows the toast itself. */
  alone: boolean,
  /** Armed with every write, so that the page watches for its next step without a message of its own. */
  steps: StepWatch,
  /** The frame's first-screen description, if its injection just collected it (no first `content.collect`). */
  injected?: Collected,
): Promise<FrameOutcome> {
  const filled: FilledField[] = [];
  const done = new Set<string>();
  const failed: SkippedReport[] = [];
  let skipped: SkippedReport[] = [];
  let fields = 0;
  let watch: string[] = [];
  /** What the content script was told to watch with the fill's writes. */
  const watching = new Set<string>();
  // A long page's first screen is collected, planned and written first, then the whole page (issue #16).
  let firstScreen = true;
  /** A write was sent in this fill: later ones add to its undo log, highlights and toast. */
  let applied = false;
  let armed = false;
  // An "Add" button may be pressed again in a later round (React turns "Add" into "Add Another" in place).
  const pressed: Record<string, number> = {};
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let t = performance.now();
    const described =
      firstScreen && injected
        ? injected
        : await sendToFrame(tabId, frame.frameId, {
            type: 'content.collect',
            ...(firstScreen ? { firstScreen } : {}),
          });
    throwContentError(described);
    if (!described || !Array.isArray(described.fields)) throw new Error('the frame did not describe itself');
    const { partial = false, ...rest } = described;
    const page: PageDescription = { ...rest, fields: expandFields(described.fields) };
    // A collect that came with the injection is timed in 'ping and inject'; here only its expansion.
    t = stage(firstScreen && injected ? 'expand injected collect' : 'collect (round trip)', t);
    firstScreen = false;
    if (page.collectMs !== undefined)
      performance.measure('vitae:collect (in page)', { start: 0, duration: page.collectMs });
    fields = page.fields.length;
    const byId = new Map(page.fields.map((f) => [f.id, f]));
    // The one call into the pure engine: classify the frame's fields, then plan values from the profile.
    const decisions = classifyPage(page, { rules: context.rules });
    t = stage('classify', t);
    const plan = {
      ...planFill(page, decisions, profile, {
        documents: context.documents,
        overwrite: context.overwrite,
        ...(context.publicationStyle ? { publicationStyle: context.publicationStyle } : {}),
        pressed,
      }),
      decisions,
    };
    t = stage('plan', t);
    // Rows are added only when the whole page is known: those below the fold may already exist.
    const todo = plan.steps.filter((s) => !done.has(s.fieldId) && !(partial && s.action === 'click-add'));
    if (todo.length === 0 && partial) continue;
    /** Why the rest was left, in the person's words: not needed for the values, so made while the page writes. */
    const report = () => {
      const start = performance.now();
      const decisionOf = new Map(decisions.map((d) => [d.fieldId, d]));
      skipped = plan.skipped
        .filter((s) => !done.has(s.fieldId))
        .map((s) => ({
          selector: byId.get(s.fieldId)?.selector ?? s.fieldId,
          reason: s.reason,
          frameUrl: page.url,
          // Label, kind and why, for the popup's report in the person's words (issue #15).
          ...skippedDetails(byId.get(s.fieldId), decisionOf.get(s.fieldId)),
        }));
      stage('skipped report', start);
    };
    if (todo.length === 0) {
      report();
      t = performance.now();
      watch = learning.record(tabId, frame.frameId, page, plan.decisions, new Map());
      stage('fill record', t);
      break;
    }
    const watchNow = settings.learnCorrections ? plannedWatch(page, plan.decisions, todo) : [];
    for (const id of watchNow) watching.add(id);
    t = stage('watch list', t);
    const answer = sendToFrame(tabId, frame.frameId, {
      type: 'content.apply',
      // Each step names its fact for the badge: the vocabulary's labels stay here, out of the injected script.
      steps: todo.map((step) => (isFieldKind(step.kind) ? { ...step, label: kindLabel(step.kind) } : step)),
      files: await filesFor(repo, todo),
      highlight: settings.highlight,
      keepUndo: applied,
      // Watching, the toast and the next-step watcher ride on the fill itself: no message after it for the page
      // to answer.
      ...(watchNow.length ? { watch: watchNow } : {}),
      ...(alone ? { toast: true } : {}),
      armSteps: steps,
    });
    applied = true;
    armed = true;
    // Made while the frame writes: the apply's round trip still counts from its sending (its stage below).
    report();
    const response: ContentResponse<'content.apply'> = await answer;
    throwContentError(response);
    if (!Array.isArray(response?.results)) throw new Error('the frame did not answer the fill');
    t = stage('apply (round trip)', t);
    if (response.ms !== undefined) performance.measure('vitae:apply (in page)', { start: 0, duration: response.ms });
    const results = new Map(response.results.map((r) => [r.fieldId, r]));
    let addedRow = false;
    const filledNow = new Map<string, FieldKind>();
    for (const step of todo) {
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
          ...skippedDetails(field, { kind: step.kind }),
          ...(result?.threw || !result ? { error: true as const } : {}),
        });
      }
    }
    t = performance.now();
    watch = learning.record(tabId, frame.frameId, page, plan.decisions, filledNow);
    stage('fill record', t);
    if (!addedRow && !partial) break;
  }
  if (settings.learnCorrections && watch.some((id) => !watching.has(id))) {
    // The person's own edits of these fields may teach a rule ("Remember for this site", issue #7): those no fill
    // message named yet (a frame with nothing to write, or fields of rows added by the last round).
    const t = performance.now();
    await sendToFrame(tabId, frame.frameId, { type: 'content.watch', fieldIds: watch }).catch(() => undefined);
    stage('watch', t);
  }
  // The last round's plan says why the rest was left; failures of every round are kept.
  return { filled, skipped: [...skipped, ...failed], fields, armed };
}

export async function fillTab(
  repo: Repository,
  request: { tabId: number; profileId?: string; overwrite?: boolean },
): Promise<FillTabResponse> {
  const { tabId } = request;
  performance.clearMeasures();
  const started = performance.now();
  const [tab, settings] = await Promise.all([browser.tabs.get(tabId), repo.getSettings()]);
  if (!tab.url || !/^(https?|file):/.test(tab.url)) {
    return { ok: false, error: 'Vitae fills web pages only (this tab shows no http(s) page).' };
  }
  const top = new URL(tab.url);
  if (settings.neverSites.some((site) => hostMatches(top.hostname, site))) {
    return { ok: false, error: `Vitae never fills pages of ${top.hostname} (it is in your "never fill" sites).` };
  }
  stage('tab and settings', started);

  // The frames are found and the content script injected while the profile and the site's rules are read.
  const framesReady = async () => {
    let t = performance.now();
    const frames = await probeFrames(tabId);
    t = stage('probe frames', t);
    const skipped: SkippedReport[] = [];
    const usable: Frame[] = [];
    for (const frame of frames) {
      const reason = skipFrame(frame, top.origin, settings);
      if (reason) skipped.push({ selector: `frame ${frame.url}`, reason, frameUrl: frame.url });
      else usable.push(frame);
    }
    const collected = await ensureInjected(tabId, usable);
    stage(collected.size > 0 ? 'ping, inject and collect' : 'ping and inject', t);
    return { usable, skipped, collected };
  };
  const contextReady = async () => {
    const t = performance.now();
    // The default bio is the one that fills bio fields (Settings.defaultBioId, lib/format/bios.ts).
    const profileId = request.profileId ?? (await profileForSite(repo, settings, top.hostname));
    const profile = withDefaultBio(await repo.getProfile(profileId), settings.defaultBioId);
    const [rules, documents] = await Promise.all([repo.rulesFor(top.origin), repo.listDocuments(profile.id)]);
    stage('profile and rules', t);
    return { profile, rules, documents };
  };
  const [{ usable, skipped, collected }, { profile, rules, documents }, steps] = await Promise.all([
    framesReady(),
    contextReady(),
    stepWatch(settings, top.hostname),
  ]);
  learning.begin(tabId, top.origin, profile.id);
  const context: EngineContext = {
    rules,
    documents,
    overwrite: request.overwrite ?? settings.overwrite === 'overwrite',
    publicationStyle: settings.defaultCitationStyle,
  };
  const frameIds = usable.map((f) => f.frameId);
  if (settings.confirmBeforeFill) {
    if (!(await confirmedByPerson(tabId, frameIds, profile, context))) {
      void learning.end(tabId);
      return { ok: true, filled: [], skipped, total: 0, cancelled: true };
    }
    // The page may have changed while the person read the preview: each frame is collected again.
    collected.clear();
  }
  filledFrames.set(
    tabId,
    usable.map((f) => f.frameId),
  );
  // The next step of a single-page application is offered, or filled, as it appears (issue #18): each frame's
  // writes arm its watcher, and from then on the page may ask for its next step.
  armTab(tabId, top.hostname);
  const unarmed: number[] = [];

  const filled: FilledField[] = [];
  let total = 0;
  for (const frame of usable) {
    try {
      const alone = usable.length === 1 && frame.frameId === 0;
      const injected = collected.get(frame.frameId);
      const outcome = await fillFrame(repo, tabId, frame, profile, context, settings, alone, steps, injected);
      if (!outcome.armed) unarmed.push(frame.frameId);
      filled.push(...outcome.filled);
      skipped.push(...outcome.skipped);
      total += outcome.fields;
    } catch (error) {
      unarmed.push(frame.frameId);
      skipped.push({
        selector: `frame ${frame.url}`,
        reason: `Could not fill this frame: ${error instanceof Error ? error.message : String(error)}`,
        frameUrl: frame.url,
        error: true,
      });
    }
  }
  if (filled.length > 0 && usable.some((f) => f.frameId === 0) && usable.length > 1) {
    const t = performance.now();
    await sendToFrame(tabId, 0, { type: 'content.toast', filled: filled.length }).catch(() => undefined);
    stage('toast', t);
  }
  if (unarmed.length > 0) {
    const t = performance.now();
    await watchSteps(tabId, unarmed, steps);
    stage('step watchers', t);
  }
  stage('whole fill', started);
  return { ok: true, filled, skipped, total };
}

/**
 * The tab closed or started loading another page: its agents are gone, so the fill can neither be undone nor
 * learned from. Its records go with it, so a day of filling leaves nothing behind.
 */
export function forgetTab(tabId: number): Promise<void> {
  filledFrames.delete(tabId);
  return learning.end(tabId);
}

export async function undoTab(tabId: number): Promise<{ ok: true; restored: number }> {
  void learning.end(tabId);
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
