/**
 * The fuzzing invariants, checked twice: on the engine's plan in Node (`checkPlan`) and on what really happened to
 * each field in a browser after `fill.tab` (`checkOutcome`).
 *
 * - no exception (the callers catch and report; in the browser also every failure `fill.tab` reports as Vitae's own
 *   error, see `checkFillResponse`, and errors in the page's or the service worker's console);
 * - no hidden, disabled, read-only or otherwise trapped field written;
 * - no field written twice;
 * - nothing written into password, card, captcha or consent fields (nor prefilled ones, nor frames Vitae may not fill);
 * - every value written is derived from the profile.
 */
import type { FillPlan } from '../../lib/engine/types';
import type { FillTabResponse } from '../../lib/messaging/protocol';
import { isIframe, type DescribedFrame, type FuzzPage, type GenField } from './generate';
import { mustNotChange, type ProfileOracle } from './oracle';

export interface Violation {
  seed: number;
  field: string;
  problem: string;
  /** FUZZ_SEED value that replays it (several seeds when they shared a page); the seed by default. */
  replay?: string;
}

function describeField(field: GenField): string {
  const role = field.role.kind === 'fact' ? field.role.fact : `${field.role.kind}:${field.role.what}`;
  const widget = field.widget.tag === 'input' ? `input[type=${field.widget.type}]` : field.widget.tag;
  return `${field.key} ${widget} "${field.label}" (${role}${field.trap ? `, trap ${field.trap}` : ''}${field.prefill ? ', prefilled' : ''})`;
}

export function checkPlan(seed: number, frame: DescribedFrame, plan: FillPlan, oracle: ProfileOracle): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  const groups = new Set<string>();
  const byId = new Map(frame.page.fields.map((f) => [f.id, f]));
  for (const step of plan.steps) {
    const truth = frame.truth.get(step.fieldId);
    const descriptor = byId.get(step.fieldId);
    if (!truth || !descriptor) {
      out.push({ seed, field: step.fieldId, problem: `a ${step.action} step for a field or button not on the page` });
      continue;
    }
    const { field, option } = truth;
    const name = `${describeField(field)} → ${step.kind} ${JSON.stringify('value' in step ? step.value : 'checked' in step ? step.checked : '')} [${step.reason}]`;
    if (seen.has(step.fieldId)) out.push({ seed, field: name, problem: 'planned twice' });
    seen.add(step.fieldId);
    if (field.widget.tag === 'radio') {
      if (groups.has(field.key)) out.push({ seed, field: name, problem: 'radio group planned twice' });
      groups.add(field.key);
    }
    if (!descriptor.fillable) out.push({ seed, field: name, problem: `planned although not fillable` });
    const forbidden = mustNotChange(field);
    if (forbidden) out.push({ seed, field: name, problem: `planned a ${step.action} into ${forbidden}` });

    switch (step.action) {
      case 'set-value':
      case 'choose-listbox':
        if (field.widget.tag === 'select') {
          const chosen = field.widget.options.find((o) => o.value === step.value || o.text === step.value);
          if (!chosen || !oracle.optionAgrees(chosen))
            out.push({ seed, field: name, problem: `would choose "${step.value}", which the profile does not say` });
        } else if (!oracle.isDerivable(step.value)) {
          out.push({ seed, field: name, problem: `value "${step.value}" is not derived from the profile` });
        }
        break;
      case 'select-option': {
        const options = field.widget.tag === 'select' ? field.widget.options : [];
        const chosen = options.find((o) => o.value === step.value);
        if (!chosen) out.push({ seed, field: name, problem: `select-option "${step.value}" is not an option` });
        else if (!oracle.optionAgrees(chosen))
          out.push({ seed, field: name, problem: `would choose "${chosen.text}", which the profile does not say` });
        break;
      }
      case 'check': {
        if (field.widget.tag === 'radio' && option !== undefined) {
          const chosen = field.widget.options[option]!;
          if (step.checked && !oracle.optionAgrees(chosen))
            out.push({
              seed,
              field: name,
              problem: `would check radio "${chosen.text}", which the profile does not say`,
            });
        } else if (step.checked) {
          out.push({ seed, field: name, problem: 'would tick a checkbox the profile says nothing about' });
        }
        break;
      }
      case 'attach-file':
        out.push({ seed, field: name, problem: `would attach ${step.fileName}, but the profile has no documents` });
        break;
      case 'click-add':
        out.push({ seed, field: name, problem: 'would click a button' });
        break;
    }
  }
  return out;
}

/**
 * What `fill.tab` itself says about a fill: an error answer, an exception it met in a frame or a step (reported as
 * skipped with `error`), or a field reported as filled twice. Run before the page is read back.
 */
export function checkFillResponse(seed: number, response: FillTabResponse): Violation[] {
  if (!response.ok) return [{ seed, field: 'fill.tab', problem: `answered an error: ${response.error}` }];
  const out: Violation[] = [];
  const reported = new Set<string>();
  for (const f of response.filled) {
    const id = `${f.frameUrl} ${f.selector}`;
    if (reported.has(id)) out.push({ seed, field: f.selector, problem: 'reported as filled twice' });
    reported.add(id);
  }
  for (const s of response.skipped) {
    if (s.error) out.push({ seed, field: s.selector, problem: `an exception while filling: ${s.reason}` });
  }
  return out;
}

/** One element's state in the page, read by the page's own script (tests/fixtures/pages/fuzz-runtime.js). */
export interface ElementState {
  value: string;
  checked: boolean;
  initialValue: string;
  initialChecked: boolean;
  inputEvents: number;
  changeEvents: number;
  /** The field's centre was inside its frame's viewport when the page loaded. */
  inViewport: boolean;
}

export interface PageLog {
  submits: number;
  buttonClicks: number;
}

/**
 * Check what a fill did to a generated page. `states` maps `data-fz` keys (radios: `key.i`) to element states read
 * in every frame; a key missing from it means the frame could not be read.
 */
export function checkOutcome(
  page: FuzzPage,
  states: Map<string, ElementState>,
  logs: PageLog[],
  oracle: ProfileOracle,
  notes: string[] = [],
): Violation[] {
  const out: Violation[] = [];
  const seed = page.seed;
  for (const log of logs) {
    if (log.submits > 0) out.push({ seed, field: 'page', problem: `a form was submitted ${log.submits} time(s)` });
    if (log.buttonClicks > 0)
      out.push({ seed, field: 'page', problem: `Submit/Next clicked ${log.buttonClicks} time(s)` });
  }
  for (const block of page.blocks) {
    const frameForbidden =
      block.container === 'cross-origin-iframe'
        ? 'a cross-origin frame the user did not allow'
        : block.container === 'sandboxed-iframe'
          ? 'a sandboxed frame'
          : null;
    for (const field of block.fields) {
      const name = describeField(field);
      const forbidden = frameForbidden ?? mustNotChange(field);
      const keys = field.widget.tag === 'radio' ? field.widget.options.map((_, i) => `${field.key}.${i}`) : [field.key];
      const elementStates = keys.map((k) => states.get(k));
      if (elementStates.some((s) => s === undefined)) {
        out.push({
          seed,
          field: name,
          problem: `could not be read after the fill${isIframe(block.container) ? ' (frame)' : ''}`,
        });
        continue;
      }
      const list = elementStates as ElementState[];
      // Issue 4 defines "covered" per elementFromPoint, which only sees the viewport: a covered field below the
      // fold cannot be told from a visible one. Such fields are noted, not counted as violations.
      if (field.trap === 'covered' && !frameForbidden && !list.every((s) => s.inViewport)) {
        const untouched = list.every((s) => s.value === s.initialValue && s.checked === s.initialChecked);
        if (!untouched) notes.push(`seed ${seed}: ${name}: covered below the fold, filled`);
        continue;
      }
      const changed = list.filter((s) => s.value !== s.initialValue || s.checked !== s.initialChecked);
      const changeEvents = list.reduce((n, s) => n + s.changeEvents, 0);
      const inputEvents = list.reduce((n, s) => n + s.inputEvents, 0);
      if (changeEvents > 1) out.push({ seed, field: name, problem: `written ${changeEvents} times (change events)` });
      if (forbidden && (changed.length > 0 || changeEvents > 0 || inputEvents > 0)) {
        const now = list
          .map((s) => (s.checked !== s.initialChecked ? `checked=${s.checked}` : `"${s.value}"`))
          .join(', ');
        out.push({ seed, field: name, problem: `written although ${forbidden}: now ${now}` });
        continue;
      }
      if (changed.length === 0) continue;
      const w = field.widget;
      if (w.tag === 'radio') {
        const index = list.findIndex((s) => s.checked && !s.initialChecked);
        const option = index >= 0 ? w.options[index] : undefined;
        if (!option || !oracle.optionAgrees(option))
          out.push({
            seed,
            field: name,
            problem: `radio set to "${option?.text ?? '(none)'}", which the profile does not say`,
          });
      } else if (w.tag === 'checkbox') {
        out.push({ seed, field: name, problem: 'a checkbox the profile says nothing about was changed' });
      } else if (w.tag === 'select') {
        const value = list[0]!.value;
        const option = w.options.find((o) => o.value === value);
        if (!option || !oracle.optionAgrees(option))
          out.push({
            seed,
            field: name,
            problem: `select set to "${option?.text ?? value}", which the profile does not say`,
          });
      } else if (!oracle.isDerivable(list[0]!.value)) {
        out.push({ seed, field: name, problem: `value "${list[0]!.value}" is not derived from the profile` });
      }
    }
  }
  return out;
}

/**
 * Every violation with its seed, then the command that replays each failing seed (or the pack of seeds that shared
 * its page load), so any failure can be replayed from the log alone.
 */
export function formatViolations(violations: Violation[], replay: string, limit = 25): string {
  const seeds = [...new Set(violations.map((v) => v.seed))];
  const lines = violations.slice(0, limit).map((v) => `  seed ${v.seed}: ${v.field}: ${v.problem}`);
  if (violations.length > limit) lines.push(`  … and ${violations.length - limit} more`);
  const replays = [...new Set(violations.map((v) => v.replay ?? String(v.seed)))];
  return [
    `${violations.length} violation(s) in ${seeds.length} seed(s): ${seeds.slice(0, 20).join(', ')}${seeds.length > 20 ? ', …' : ''}`,
    ...lines,
    'Replay:',
    ...replays.slice(0, limit).map((r) => `  FUZZ_SEED=${r} ${replay}`),
  ].join('\n');
}

/** Seeds to run: FUZZ_SEED=n runs only n; otherwise `count` seeds from FUZZ_FROM (default 1). */
export function fuzzSeeds(count: number): number[] {
  const only = process.env.FUZZ_SEED;
  if (only) return only.split(',').map((s) => Number.parseInt(s, 10));
  const from = Number.parseInt(process.env.FUZZ_FROM ?? '1', 10);
  return Array.from({ length: count }, (_, i) => from + i);
}
