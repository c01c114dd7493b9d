/**
 * The planner: decisions + profile → FillSteps carrying the exact value in each field's own format.
 *
 * Rules that never bend: no step for a field the collector marked unfillable, for a field that already has a
 * value (unless overwrite), or for a field the classifier left alone; every skipped field says why; and every
 * value comes from the profile (or a stored document) — nothing is invented.
 */
import type { Decision, FieldDescriptor, FillPlan, FillStep, PageDescription, SkippedField } from './types';
import { LEAVE_ALONE, type FieldKind } from '../fields/kinds';
import type { DocumentMeta, Profile } from '../profile/schema';
import type { PublicationStyle } from '../format/publication-style';
import { answerFor } from './answers';
import { FREE_TEXT_KINDS, hasValue, shapeStep } from './shape-step';
import { personSelfRows } from './person-rows';
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
