/**
 * The planner: decisions + profile → FillSteps carrying the exact value in each field's own format.
 *
 * Rules that never bend: no step for a field the collector marked unfillable, for a field that already has a
 * value (unless overwrite), or for a field the classifier left alone; every skipped field says why; and every
 * value comes from the profile (or a stored document) — nothing is invented.
 */
import type { Decision, FieldDescriptor, FillAction, FillPlan, FillStep, PageDescription, SkippedField } from './types';
import { LEAVE_ALONE, type FieldKind } from '../fields/kinds';
import type { DocumentMeta, Profile } from '../profile/schema';
import { chooseOption, isPlaceholderOption } from '../values/options';
import { fitLength } from '../values/fit';
import type { PublicationStyle } from '../messaging/protocol';
import type { Answer } from './answers/answer';
import { answerFor } from './answers';
import { planAddRows } from './rows';
import { conflictMonthsOn, USUAL_CONFLICT_MONTHS } from '../sites';

const asksForConflicts = (kind: FieldKind | null) => kind === 'conflicts.people' || kind === 'conflicts.domains';

/** The site's conflict window, read only when the page asks for conflicts (recognising sites reads every field). */
function conflictMonthsFor(page: PageDescription, kinds: readonly (FieldKind | null)[]): number {
  return kinds.some(asksForConflicts) ? conflictMonthsOn(page) : USUAL_CONFLICT_MONTHS;
}

export interface PlanOptions {
  documents: DocumentMeta[];
  overwrite: boolean;
  /** "Now" for recent-years rules (conflict domains); defaults to the current date. */
  now?: Date;
  /** The citation style set in the options, for publication lists written into a textarea (issue #13). */
  publicationStyle?: PublicationStyle;
  /** Presses of each "Add" button earlier in this fill (issue #18), by button id. */
  pressed?: Readonly<Record<string, number>>;
}

/**
 * Every spelling the planner gives `kind` for `field` from the first row of the profile: the value it would write
 * and the alternatives it would accept for an option. [] when the profile has no such fact or it is not text (a
 * document, a checkbox). "Remember for this site" (lib/engine/learn.ts) compares what a person typed against these,
 * so a value is recognised in exactly the format Vitae itself would fill.
 */
export function answerSpellings(
  kind: FieldKind,
  field: FieldDescriptor,
  profile: Profile,
  page: PageDescription,
  now: Date = new Date(),
): string[] {
  const answer = answerFor({
    kind,
    row: 0,
    field,
    profile,
    page,
    decisions: [],
    documents: [],
    now,
    conflictMonths: conflictMonthsFor(page, [kind]),
  });
  if (answer.kind === 'text') return [answer.text, ...(answer.candidates ?? [])];
  if (answer.kind === 'choice') return answer.candidates;
  return [];
}

function hasValue(field: FieldDescriptor): boolean {
  if (field.type === 'checkbox' || field.type === 'radio') return field.checked === true;
  if (field.showsDefault) return false;
  if (field.control === 'select' || field.control === 'listbox-button') {
    const selected = field.options.find((o) => o.selected);
    // An empty-valued first choice ("Country/Region") is the select's prompt, not an answer.
    if (selected)
      return !isPlaceholderOption(selected) && !(selected.value.trim() === '' && field.options[0] === selected);
  }
  return field.value.trim() !== '';
}

/** Facts a person types as they are, never picks from a list: a suggesting box takes them as text. */
const FREE_TEXT_KINDS: ReadonlySet<string> = new Set([
  'name.full',
  'name.given',
  'name.middle',
  'name.family',
  'email',
  'email.confirm',
  'address.line1',
  'address.line2',
  'address.city',
  'address.postalCode',
]);
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'tel']);

function shapeStep(
  field: FieldDescriptor,
  answer: Answer,
  radioIndex: number,
  freeText = false,
): { step?: FillAction; why?: string } {
  if (answer.kind === 'none') return { why: answer.why };
  if (answer.kind === 'file') {
    if (field.type !== 'file') return { why: 'a document for a field that is not a file input' };
    return { step: { action: 'attach-file', documentId: answer.document.id, fileName: answer.document.fileName } };
  }
  if (answer.kind === 'check') {
    if (field.type !== 'checkbox') return { why: 'a yes/no answer for a field that is not a checkbox' };
    return { step: { action: 'check', checked: answer.checked } };
  }
  const candidates = answer.kind === 'text' ? (answer.candidates ?? [answer.text]) : answer.candidates;
  // A text box that only suggests (a street-address autocomplete, role=combobox): a person types the answer.
  if (field.control === 'combobox' && freeText && answer.kind === 'text' && !answer.candidates) {
    if (field.options.length === 0 && field.type !== '' && TEXT_INPUT_TYPES.has(field.type))
      return { step: { action: 'set-value', value: answer.text } };
  }
  // A listbox whose options only appear once it is open: name the answer and its other spellings.
  if ((field.control === 'listbox-button' || field.control === 'combobox') && field.options.length === 0) {
    const [first, ...rest] = candidates;
    if (!first) return { why: 'no value' };
    return {
      step: { action: 'choose-listbox', value: first, ...(rest.length ? { alternatives: rest.slice(0, 12) } : {}) },
    };
  }
  const needsOption =
    field.control === 'select' ||
    field.control === 'listbox-button' ||
    field.type === 'radio' ||
    field.control === 'combobox';
  if (needsOption) {
    const byMeaning =
      answer.kind === 'choice' && answer.preferMatch && answer.match
        ? field.options.filter((o) => !o.disabled && !isPlaceholderOption(o) && answer.match?.(o))
        : [];
    let choice = byMeaning.length === 1 ? byMeaning[0] : chooseOption(field.options, candidates)?.option;
    if (!choice && answer.kind === 'choice' && answer.match) {
      const hits = field.options.filter((o) => !o.disabled && !isPlaceholderOption(o) && answer.match?.(o));
      if (hits.length === 1) choice = hits[0];
    }
    if (!choice) return { why: `no option matches "${candidates[0] ?? ''}"` };
    if (field.type === 'radio') {
      // Only the radio that is the chosen answer gets a step.
      const mine = field.options[radioIndex];
      if (!mine || mine.value !== choice.value || mine.text !== choice.text)
        return { why: 'another answer in this group is the one to choose' };
      return { step: { action: 'check', checked: true, optionText: choice.text } };
    }
    if (field.control === 'select')
      return { step: { action: 'select-option', value: choice.value, optionText: choice.text } };
    return { step: { action: 'choose-listbox', value: choice.text } };
  }
  if (field.type === 'checkbox' || field.type === 'file') return { why: 'a text answer for a checkbox or file field' };
  const value = answer.kind === 'text' ? answer.text : (candidates[0] ?? '');
  const fitted =
    field.maxLength !== undefined && value.length > field.maxLength ? fitLength(value, field.maxLength) : value;
  if (!fitted) return { why: `the value does not fit in ${field.maxLength ?? 0} characters` };
  return { step: { action: 'set-value', value: fitted } };
}

export function planFill(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
  options: PlanOptions,
): FillPlan {
  const steps: FillStep[] = [];
  const skipped: SkippedField[] = [];
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const context = {
    page,
    decisions,
    profile,
    documents: options.documents,
    now: options.now ?? new Date(),
    publicationStyle: options.publicationStyle,
    conflictMonths: conflictMonthsFor(
      page,
      decisions.map((d) => d.kind),
    ),
  };
  const selfRows = personSelfRows(page, decisions, profile);
  const radioSeen = new Map<string, number>();
  const radioKeyOf = (field: FieldDescriptor) =>
    field.type === 'radio' ? `${field.form ?? ''}|${field.group ?? field.name}` : '';
  // A radio group is answered when any of its radios is ticked, not only the one Vitae would tick.
  const answeredGroups = new Set(page.fields.filter((f) => f.type === 'radio' && f.checked).map(radioKeyOf));
  for (const decision of decisions) {
    const field = byId.get(decision.fieldId);
    if (!field) continue;
    const radioKey = radioKeyOf(field);
    const radioIndex = radioKey ? (radioSeen.get(radioKey) ?? 0) : 0;
    if (radioKey) radioSeen.set(radioKey, radioIndex + 1);
    if (decision.kind === null) {
      // The collector's own finding ("opacity below 0.1", "disabled") is what the person can check on the page.
      const seen = !field.fillable && field.notFillableReason ? `; not fillable: ${field.notFillableReason}` : '';
      skipped.push({
        fieldId: field.id,
        reason: `left alone: ${LEAVE_ALONE[decision.leaveAlone]} (${decision.reason})${seen}`,
      });
      continue;
    }
    if (!field.fillable) {
      skipped.push({ fieldId: field.id, reason: `not fillable (${field.notFillableReason ?? 'hidden or disabled'})` });
      continue;
    }
    // An author table: only the person's own row (issue #13).
    if (decision.person && selfRows.get(decision.person.block)?.row !== decision.person.row) {
      const self = selfRows.get(decision.person.block);
      skipped.push({
        fieldId: field.id,
        reason: `left alone: ${LEAVE_ALONE.otherPerson} (author row ${decision.person.row + 1}; ${
          self ? `you are row ${self.row + 1}, ${self.why}` : 'no row holds your email or is marked as you'
        })`,
      });
      continue;
    }
    if (!options.overwrite && (hasValue(field) || (radioKey !== '' && answeredGroups.has(radioKey)))) {
      skipped.push({ fieldId: field.id, reason: 'already has a value' });
      continue;
    }
    const answer = answerFor({ ...context, kind: decision.kind, row: decision.row, field });
    const shaped = shapeStep(field, answer, radioIndex, FREE_TEXT_KINDS.has(decision.kind));
    if (!shaped.step) {
      skipped.push({ fieldId: field.id, reason: shaped.why ?? 'no value' });
      continue;
    }
    const source = answer.kind === 'text' || answer.kind === 'choice' ? answer.source : undefined;
    // Skills lists are multi-selects (issue #18): the widget picks each offered skill, not only the first.
    if (decision.kind === 'skills' && shaped.step.action === 'choose-listbox') shaped.step.each = true;
    steps.push({
      ...shaped.step,
      fieldId: field.id,
      kind: decision.kind,
      reason: source ? `${decision.reason}; from ${source}` : decision.reason,
      confidence: decision.confidence,
    });
  }

  // Sections with fewer rows than the profile has entries, empty ones included, get their "Add" pressed.
  steps.push(...planAddRows(page, decisions, profile, options.pressed));
  return { steps, skipped };
}

/**
 * Which row of each author table is the person: the row that already holds one of their emails, else a row the
 * page marks as theirs ("(you)", a ticked "corresponding" box), else the first row when the form asks for the
 * submitting author first. A table with none of these has no row for Vitae to fill.
 */
function personSelfRows(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
): Map<string, { row: number; why: string }> {
  const emails = new Set(profile.emails.map((e) => e.address.trim().toLowerCase()));
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const out = new Map<string, { row: number; why: string }>();
  const rows = decisions.flatMap((d) => (d.kind !== null && d.person ? [{ d, person: d.person }] : []));
  for (const { d, person } of rows) {
    const value = byId.get(d.fieldId)?.value.trim().toLowerCase() ?? '';
    if (d.kind === 'email' && value && emails.has(value))
      out.set(person.block, { row: person.row, why: 'the row that holds your email' });
  }
  for (const { person } of rows) {
    if (out.has(person.block)) continue;
    if (person.marked) out.set(person.block, { row: person.row, why: 'the row marked as yours' });
  }
  for (const { person } of rows) {
    if (out.has(person.block) || !person.submitterFirst) continue;
    const first = Math.min(...rows.filter((r) => r.person.block === person.block).map((r) => r.person.row));
    out.set(person.block, { row: first, why: 'the form asks for the submitting author first' });
  }
  return out;
}
