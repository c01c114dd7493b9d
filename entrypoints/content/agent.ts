/**
 * The content script's answer to the background: collect the frame, apply FillSteps, show the result, undo.
 * One agent per injected script; its state (element ids, the undo log) lives only in the isolated world.
 */
import type { FieldControl, FillStep } from '../../lib/engine/types';
import { compactFields } from '../../lib/messaging/compact-fields';
import type { ContentRequest, ContentResponse } from '../../lib/messaging/protocol';
import { ElementRegistry, collectPage, controlOf } from './collect';
import { withoutSubmitting } from './guard';
import { Highlighter, type HighlightStyle } from './highlight';
import { LabelIndex } from './labels';
import { CorrectionWatcher, type AskBackground } from './learn';
import { normaliseDateValue, writeChecked, writeContentEditable, writeSelect, writeText } from './insert';
import { stepWatcher } from './steps';
import { restore, snapshotOf, type Snapshot } from './undo';
import { VisibilityChecker, hiddenFieldReason, isDisabled, isReadOnly, visibleBoxOf } from './visibility';
import { attachFiles, chooseInCombobox, chooseInListboxButton, clickAdd } from './widgets';

type ApplyResult = ContentResponse<'content.apply'>['results'][number];
type Files = NonNullable<ContentRequest<'content.apply'>['files']>;
/** A step's element and control if it may still be filled (or pressed), else why not. */
type Target = { el: HTMLElement; control: FieldControl | null } | { error: string };

export class FrameAgent {
  readonly #registry = new ElementRegistry();
  readonly #highlighter = new Highlighter();
  readonly #watcher: CorrectionWatcher;
  readonly #steps: ReturnType<typeof stepWatcher>;
  #undoLog: Snapshot[] = [];
  /** Fields written since the fill began (its later rounds add to it): the toast's count. */
  #filledCount = 0;
  /** One operation at a time: a second fill waits for the first to finish. */
  #queue: Promise<unknown> = Promise.resolve();

  readonly #requestUndoEverywhere: () => void;

  constructor(requestUndoEverywhere: () => void, ask: AskBackground) {
    this.#requestUndoEverywhere = requestUndoEverywhere;
    this.#watcher = new CorrectionWatcher(this.#highlighter, ask);
    this.#steps = stepWatcher(this.#highlighter, (keepFilling) => {
      void ask({ type: 'fill.step', keepFilling }).catch(() => undefined);
    });
  }

  handle(message: ContentRequest): Promise<ContentResponse> {
    const run = this.#queue.then(() => this.#dispatch(message));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #dispatch(message: ContentRequest): Promise<ContentResponse> {
    switch (message.type) {
      case 'content.ping':
        return { ready: true };
      case 'content.collect':
        return this.collect(message.firstScreen === true);
      case 'content.apply': {
        const started = performance.now();
        const results = await withoutSubmitting(() => this.#apply(message.steps, message.files ?? {}, message));
        const ms = Math.round((performance.now() - started) * 10) / 10;
        if (message.watch) this.#watch(message.watch);
        if (message.toast && this.#filledCount > 0) {
          this.#highlighter.showToast(this.#filledCount, this.#requestUndoEverywhere);
        }
        if (message.armSteps) this.#steps.arm(message.armSteps.keepFilling, message.armSteps.shortcut);
        return { results, ms };
      }
      case 'content.toast':
        this.#highlighter.showToast(message.filled, this.#requestUndoEverywhere);
        return { ok: true };
      case 'content.undo':
        return { restored: await withoutSubmitting(() => this.#undo()) };
      case 'content.watch':
        // A fill that wrote nothing in this frame: what is watched is this fill's alone.
        this.#watcher.reset();
        return { watching: this.#watch(message.fieldIds) };
      case 'content.steps':
        this.#steps.arm(message.keepFilling, message.shortcut);
        return { ok: true };
    }
  }

  #watch(ids: string[]): number {
    const fields = ids.flatMap((id): [string, Element][] => {
      const el = this.#registry.get(id);
      return el?.isConnected ? [[id, el]] : [];
    });
    return this.#watcher.watch(fields);
  }

  collect(firstScreen = false): ContentResponse<'content.collect'> {
    const page = collectPage(this.#registry, { overlayHost: this.#highlighter.host, firstScreen });
    return { ...page, fields: compactFields(page.fields) };
  }

  async #apply(
    steps: FillStep[],
    files: Files,
    options: { highlight?: HighlightStyle; keepUndo?: boolean },
  ): Promise<ApplyResult[]> {
    if (!options.keepUndo) {
      this.#watcher.reset();
      this.#undoLog = [];
      this.#filledCount = 0;
      this.#highlighter.clear();
    }
    const highlight = options.highlight ?? 'outline';
    // Checked again at write time (the page may have changed since it was collected), all before the first write:
    // reading layout between writes would lay the page out again for every field.
    const labels = new LabelIndex();
    const checker = new VisibilityChecker(this.#highlighter.host, (el) => labels.labelsOf(el), true);
    // Hit tests and the editing commands that write some fields scroll the page; the person's place is kept.
    const from = { left: scrollX, top: scrollY };
    // Vitae's own marks are out of the page while it is checked: every hit test visits them first, which made each
    // test about ten times slower at 3 000 fields (0.6 ms against 0.05, issue #16). The checker ignores them anyway.
    const { host } = this.#highlighter;
    const shown = host.isConnected;
    host.remove();
    let checked;
    try {
      checked = steps.map((step) => ({ step, target: this.#target(step, checker, labels) }));
    } finally {
      checker.restoreScroll();
      if (shown) document.documentElement.append(host);
    }
    try {
      return await this.#writeSteps(checked, files, highlight);
    } finally {
      if (scrollX !== from.left || scrollY !== from.top) window.scrollTo({ ...from, behavior: 'instant' });
    }
  }

  async #writeSteps(
    checked: { step: FillStep; target: Target }[],
    files: Files,
    highlight: HighlightStyle,
  ): Promise<ApplyResult[]> {
    const results: ApplyResult[] = [];
    const marks: { target: Element; label: string; reason: string }[] = [];
    for (const { step, target } of checked) {
      if ('error' in target) {
        results.push({ fieldId: step.fieldId, ok: false, error: target.error });
        continue;
      }
      try {
        const result = await this.#applyStep(step, target.el, target.control, files);
        results.push(result);
        if (result.ok && target.control) {
          const label = step.label ?? 'Vitae';
          marks.push({ target: visibleBoxOf(target.el, target.control), label, reason: `${label}: ${step.reason}` });
        }
      } catch (error) {
        results.push({
          fieldId: step.fieldId,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
          threw: true,
        });
      }
    }
    // One mark per field written (an "Add another" press is none): the toast's count.
    this.#filledCount += marks.length;
    if (highlight !== 'none') this.#highlighter.markAll(marks, highlight);
    return results;
  }

  /** The element a step names, if it may still be filled (or pressed, for "Add another"). */
  #target(step: FillStep, checker: VisibilityChecker, labels: LabelIndex): Target {
    const el = this.#registry.get(step.fieldId);
    if (!el || !el.isConnected || !(el instanceof HTMLElement)) return { error: 'the field is no longer on the page' };
    if (step.action === 'click-add') {
      return isDisabled(el) || checker.hiddenReason(el) ? { error: 'button not usable' } : { el, control: null };
    }
    const control = controlOf(el);
    if (!control) return { error: 'not a field Vitae can fill' };
    if (isDisabled(el)) return { error: 'disabled' };
    if (isReadOnly(el) && control !== 'combobox') return { error: 'read-only' };
    const hidden = hiddenFieldReason(el, control, labels, checker);
    return hidden ? { error: hidden } : { el, control };
  }

  async #applyStep(step: FillStep, el: HTMLElement, control: FieldControl | null, files: Files): Promise<ApplyResult> {
    const fail = (error: string): ApplyResult => ({ fieldId: step.fieldId, ok: false, error });
    if (step.action === 'click-add' || !control) {
      return clickAdd(el) ? { fieldId: step.fieldId, ok: true, value: '' } : fail('not an "Add another" button');
    }
    const snapshot = snapshotOf(el, control);
    const value = await this.#write(el, control, step, files);
    if (value === null) return fail('no matching option');
    if (snapshot) this.#undoLog.push(snapshot);
    return { fieldId: step.fieldId, ok: true, value };
  }

  /** Perform one step on one element; the value the field holds afterwards, or null if it did not take. */
  async #write(el: HTMLElement, control: FieldControl, step: FillStep, files: Files): Promise<string | null> {
    switch (step.action) {
      case 'attach-file': {
        const file = files[step.documentId];
        if (!(el instanceof HTMLInputElement) || el.type !== 'file' || !file) return null;
        // atob, not lib's decoder: the script's size budget (the background encoded it, it is valid base64).
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        return attachFiles(el, [new File([bytes], step.fileName, { type: file.mimeType })]);
      }
      case 'check':
        return el instanceof HTMLInputElement ? String(writeChecked(el, step.checked)) : null;
      case 'click-add':
        return null;
      case 'set-value':
      case 'select-option':
      case 'choose-listbox': {
        const wanted = step.value;
        const text = step.action === 'select-option' ? step.optionText || wanted : wanted;
        // Every spelling the planner gave (issue #18: "Ph.D." finds "Doctorate"); `each` picks several skills.
        const spellings = step.action === 'choose-listbox' ? [wanted, ...(step.alternatives ?? [])] : [text];
        const each = step.action === 'choose-listbox' && step.each === true;
        // set-value on a combobox: a free-text box that only suggests (address autocomplete); typed as text.
        if (control === 'combobox' && step.action !== 'set-value') return chooseInCombobox(el, spellings, each);
        if (control === 'listbox-button') return chooseInListboxButton(el, spellings);
        if (el instanceof HTMLSelectElement) {
          const chosen = writeSelect(el, wanted, step.action === 'select-option' ? step.optionText : '');
          // Report what a person sees: the option's text.
          return chosen === null ? null : (el.selectedOptions[0]?.text.trim() ?? chosen);
        }
        if (control === 'contenteditable') return writeContentEditable(el, wanted);
        if (el instanceof HTMLInputElement) {
          if (el.type === 'checkbox' || el.type === 'radio') {
            return String(writeChecked(el, wanted === 'true' || wanted === el.value));
          }
          const value = normaliseDateValue(el, wanted);
          const result = writeText(el, value);
          return result === '' && value !== '' ? null : result;
        }
        if (el instanceof HTMLTextAreaElement) return writeText(el, wanted);
        return null;
      }
    }
  }

  async #undo(): Promise<number> {
    const log = this.#undoLog;
    this.#undoLog = [];
    this.#watcher.reset();
    this.#highlighter.clear();
    let restored = 0;
    for (const snapshot of [...log].reverse()) {
      try {
        if (await restore(snapshot)) restored += 1;
      } catch {
        // A field the page removed or rebuilt: nothing to restore.
      }
    }
    return restored;
  }

  destroy(): void {
    this.#steps.stop();
    this.#watcher.reset();
    this.#highlighter.destroy();
  }
}
