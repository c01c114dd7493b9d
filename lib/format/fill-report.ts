/**
 * The popup's fill report in the person's words (issue #15): each field Vitae could fill and did not, by its label
 * and why ("Position (no option matches Ph.D. Candidate)"); the count only over fields Vitae could fill; fields left
 * alone on purpose (passwords, consent, demographics) counted apart; hidden fields not counted at all.
 */
import type { FieldDescriptor } from '../engine/types';
import { LEAVE_ALONE } from '../fields/kinds';
import type { FillTabResponse, SkippedReport } from '../messaging/protocol';

type Decision = { kind: string | null; leaveAlone?: string };

/** The words a person reads next to the field, first found of label, aria, legend, preceding text, placeholder. */
export function fieldLabel(field: FieldDescriptor): string | undefined {
  const candidates = [
    // A radio's own label is one answer ("Early"); the question is its group's legend ("Career stage").
    field.type === 'radio' ? field.legend : '',
    field.labelFor,
    field.labelWrap,
    field.ariaLabel,
    field.ariaLabelledBy,
    field.precedingText,
    field.legend,
    field.placeholder,
  ];
  const label = candidates
    .map((t) =>
      (t ?? '')
        .replace(/\s+/g, ' ')
        .replace(/[\s:*]+$/, '')
        .trim(),
    )
    .find((t) => t.length > 0 && t.length <= 120);
  return label;
}

/** What the popup needs of a skipped field, from the collector's description and the classifier's decision. */
export function skippedDetails(
  field: FieldDescriptor | undefined,
  decision: Decision | undefined,
): Pick<SkippedReport, 'label' | 'kind' | 'leftAlone' | 'hidden'> {
  if (!field) return {};
  const label = fieldLabel(field);
  return {
    ...(label ? { label } : {}),
    ...(decision?.kind ? { kind: decision.kind } : {}),
    ...(decision && decision.kind === null && decision.leaveAlone ? { leftAlone: decision.leaveAlone } : {}),
    ...(field.fillable ? {} : { hidden: true as const }),
  };
}

export interface FillSummary {
  /** "Filled 9 of 10 fields Vitae could fill". */
  headline: string;
  /** Fields Vitae could fill and did not: "Position (no option matches Ph.D. Candidate)". */
  notFilled: string[];
  /** Fields that already had a value, left as the person wrote them. */
  prefilled: string[];
  /** Left alone on purpose: "Password (a password)". */
  leftAlone: string[];
  /** Fields Vitae does not recognise, by label. */
  unrecognised: string[];
  /** Frames Vitae did not enter, and its own failures. */
  other: string[];
}

/** LeaveAlone reasons that are about a field the person cannot see or that is not theirs to fill in the first place. */
const NOT_COUNTED = new Set(['honeypot']);

/** The engine's reasons in a person's words. */
function inWords(reason: string): string {
  return reason
    .replace(/^no option matches "(.*)"$/, 'no option matches $1')
    .replace(/^no value$/, 'nothing in your profile for it');
}

/** "gender (demographic questions are yours to answer)" → "gender". */
function leftAloneWords(key: string): string {
  const words: string | undefined = (LEAVE_ALONE as Record<string, string>)[key];
  return (words ?? key).replace(/\s*\(.*\)$/, '');
}

function named(s: SkippedReport, why: string): string {
  const label = s.label ?? s.selector;
  return why ? `${label} (${why})` : label;
}

/** Group a fill's outcome for the popup. Radio siblings of an answered group are not fields of their own. */
export function summarizeFill(result: Extract<FillTabResponse, { ok: true }>): FillSummary {
  const summary: FillSummary = {
    headline: '',
    notFilled: [],
    prefilled: [],
    leftAlone: [],
    unrecognised: [],
    other: [],
  };
  const seen = new Set<string>();
  for (const s of result.skipped) {
    if (/another answer in this group is the one to choose/.test(s.reason)) continue;
    // One line per field as the person sees it: a radio group reports once, under its legend.
    const key = `${s.frameUrl ?? ''}|${s.label ?? s.selector}|${s.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (s.hidden || (s.leftAlone && NOT_COUNTED.has(s.leftAlone))) continue;
    if (s.leftAlone === 'unknown') summary.unrecognised.push(s.label ?? s.selector);
    else if (s.leftAlone) summary.leftAlone.push(named(s, leftAloneWords(s.leftAlone)));
    else if (s.reason === 'already has a value') summary.prefilled.push(s.label ?? s.selector);
    else if (s.label === undefined && s.kind === undefined) summary.other.push(`${s.selector}: ${s.reason}`);
    else summary.notFilled.push(named(s, inWords(s.reason)));
  }
  const filled = result.filled.length;
  const could = filled + summary.notFilled.length;
  summary.headline =
    could === 0
      ? 'Nothing on this page that Vitae could fill'
      : `Filled ${filled} of ${could} ${could === 1 ? 'field' : 'fields'} Vitae could fill`;
  return summary;
}
