/**
 * "Remember for this site" (issue #7): after a fill, the person corrects a value Vitae wrote or types into a field
 * it left empty; this says which profile fact the new value is, so the correction can become a site rule.
 *
 * Pure, and run in the background only: the page sends the value it saw typed, never receives the profile, and
 * hears back at most the name of a kind ("ORCID iD"). Values are recognised in the planner's own formats
 * (`answerSpellings`), compared without case, spacing, URL scheme or phone punctuation, and scholar ids as URL or
 * bare id; the most exact match wins, then the kind listed first in lib/fields/kinds.ts (the primary fact before
 * the rows that repeat it: current institution before work row 1).
 */
import type { Decision, FieldDescriptor, PageDescription } from './types';
import { FIELD_KIND_LIST, type FieldKind } from '../fields/kinds';
import type { Profile } from '../profile/schema';
import { primaryLabel } from './field-text';
import { answerSpellings } from './plan';
import { foldDiacritics } from '../values/normalise';
import { isPlaceholderOption } from '../values/options';
import { SCHOLAR_IDS, serviceOfFieldKind } from '../values/scholar-ids';

/** The longest value the page may send to be recognised (a long bio fits; a pasted document does not). */
export const MAX_LEARN_VALUE = 5_000;
/** How often one field may be asked about in one fill: a person corrects twice, a page probing for facts more. */
export const MAX_SUGGESTIONS_PER_FIELD = 3;

/**
 * Kinds a typed value is never taken for: a second copy of another kind (confirm email), yes/no and file fields,
 * and lists assembled from many facts (nobody types those; a rule for them is made on the options page).
 */
const NOT_FROM_A_VALUE: ReadonlySet<FieldKind> = new Set<FieldKind>([
  'email.confirm',
  'work.current',
  'publications.list',
  'publications.selected',
  'conflicts.people',
  'conflicts.domains',
  'document.cv',
  'document.researchStatement',
  'document.teachingStatement',
  'document.diversityStatement',
  'document.coverLetter',
  'document.publicationList',
  'document.transcript',
]);

/** Input types whose value is text a person types and Vitae could fill: never passwords, files or ticks. */
const WATCHED_INPUT_TYPES: ReadonlySet<string> = new Set([
  '',
  'text',
  'email',
  'tel',
  'url',
  'search',
  'number',
  'date',
  'month',
]);

/** Case, accents, spacing, a URL's scheme and `www.`, and trailing punctuation do not make a different value. */
export function comparableValue(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.,;:]+$/, '');
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** `orcid.org/0000-…`, `https://scholar.google.com/citations?user=…`: a host, then a path. */
const LOOKS_LIKE_URL = /^(?:https?:\/\/)?(?:[a-z\d-]+\.)+[a-z]{2,}\//i;

/** How well `value` is one of the spellings: 3 exactly, 2 after normalising, 1 as the same phone or scholar id. */
function matchScore(kind: FieldKind, value: string, spellings: string[]): number {
  const trimmed = value.trim();
  if (spellings.some((s) => s.trim() === trimmed)) return 3;
  const wanted = comparableValue(value);
  if (spellings.some((s) => comparableValue(s) === wanted)) return 2;
  if (kind === 'phone' || kind === 'phone.national') {
    const digits = digitsOf(value);
    // A phone typed with other punctuation; enough digits that a year or a postal code is not taken for one.
    if (digits.length >= 6 && /^[\d\s()+./-]+$/.test(trimmed) && spellings.some((s) => digitsOf(s) === digits))
      return 1;
  }
  const link = serviceOfFieldKind(kind);
  if (link) {
    const { parse } = SCHOLAR_IDS[link.service];
    const typed = parse(trimmed);
    const stored = spellings[0] === undefined ? undefined : parse(spellings[0]);
    // The same id as a URL or bare; the form typed decides between the two kinds ("orcid.url" or "orcid.id").
    if (typed && stored && typed.toLowerCase() === stored.toLowerCase()) {
      return (LOOKS_LIKE_URL.test(trimmed) ? 'url' : 'id') === link.form ? 1 : 0;
    }
  }
  return 0;
}

/** The field as a plain text box: the spellings a value has regardless of this field's options and length. */
function asPlainTextBox(field: FieldDescriptor): FieldDescriptor {
  const { maxLength: _maxLength, ...rest } = field;
  return { ...rest, control: 'input', type: 'text', options: [], pattern: '' };
}

/**
 * Which profile facts `value` is, best first: the kinds whose value, as Vitae would fill it into this field (or
 * into a plain text box), equals it. [] for an empty or one-character value.
 */
export function kindsForValue(
  profile: Profile,
  value: string,
  field: FieldDescriptor,
  page: PageDescription,
  now: Date = new Date(),
): FieldKind[] {
  if (comparableValue(value).length < 2) return [];
  const variants = [field, asPlainTextBox(field)];
  const scored: { kind: FieldKind; score: number; order: number }[] = [];
  FIELD_KIND_LIST.forEach((kind, order) => {
    if (NOT_FROM_A_VALUE.has(kind)) return;
    const spellings = variants.flatMap((f) => answerSpellings(kind, f, profile, page, now)).filter((s) => s.trim());
    if (!spellings.length) return;
    const score = matchScore(kind, value, spellings);
    if (score > 0) scored.push({ kind, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.kind);
}

/**
 * What to offer to remember for a field after the person changed it to `value`: the profile fact it now holds,
 * 'ignore' when they cleared or overwrote a value Vitae filled with something that is no fact of theirs, or null
 * (nothing to learn: the same fact in another spelling, or an unknown value in a field Vitae left empty).
 */
export function learnTarget(input: {
  profile: Profile;
  page: PageDescription;
  field: FieldDescriptor;
  value: string;
  /** The kind Vitae filled into the field in this fill; absent when it left the field empty. */
  filledKind?: FieldKind | undefined;
  now?: Date;
}): FieldKind | 'ignore' | null {
  const kinds = kindsForValue(input.profile, input.value, input.field, input.page, input.now);
  if (input.filledKind && kinds.includes(input.filledKind)) return null;
  if (kinds[0]) return kinds[0];
  return input.filledKind ? 'ignore' : null;
}

function isEmpty(field: FieldDescriptor): boolean {
  if (field.control === 'select') {
    const selected = field.options.find((o) => o.selected);
    return !selected || isPlaceholderOption(selected);
  }
  return field.value.trim() === '';
}

/**
 * The fields of one collect whose later edits may teach a rule: text boxes, text areas and selects a person can
 * change, that Vitae filled in this fill, or that were empty and either recognised without a value or not
 * recognised at all. Never a field Vitae leaves alone on purpose (passwords, payment, demographics, another
 * person, a rule's "leave alone"): what is typed there must not even reach the background.
 */
export function watchableFields(
  page: PageDescription,
  decisions: readonly Decision[],
  filled: ReadonlyMap<string, FieldKind>,
): FieldDescriptor[] {
  const byId = new Map(decisions.map((d) => [d.fieldId, d]));
  return page.fields.filter((field) => {
    if (!field.fillable) return false;
    const typed =
      field.control === 'textarea' ||
      field.control === 'select' ||
      (field.control === 'input' && WATCHED_INPUT_TYPES.has(field.type));
    if (!typed) return false;
    if (filled.has(field.id)) return true;
    const decision = byId.get(field.id);
    if (!decision || !isEmpty(field)) return false;
    return decision.kind !== null ? !NOT_FROM_A_VALUE.has(decision.kind) : decision.leaveAlone === 'unknown';
  });
}

/** The field's name as its page shows it, for the options page's list of rules. */
export function fieldDisplayLabel(field: FieldDescriptor): string {
  const raw = primaryLabel(field) || field.name || field.htmlId;
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text || 'A field';
}

/** A `rules.suggest` request as a page may send it, or why it is refused. */
export function readSuggestRequest(request: unknown): { fieldId: string; value: string } | { error: string } {
  const r = request as { fieldId?: unknown; value?: unknown } | null;
  if (!r || typeof r.fieldId !== 'string' || !/^[\w-]{1,40}$/.test(r.fieldId)) return { error: 'no field id' };
  if (typeof r.value !== 'string') return { error: 'value must be a string' };
  if (r.value.length > MAX_LEARN_VALUE) return { error: `value longer than ${MAX_LEARN_VALUE} characters` };
  return { fieldId: r.fieldId, value: r.value };
}

/** A `rules.learn` request as a page may send it, or why it is refused. */
export function readLearnRequest(request: unknown): { fieldId: string; target: string } | { error: string } {
  const r = request as { fieldId?: unknown; target?: unknown } | null;
  if (!r || typeof r.fieldId !== 'string' || !/^[\w-]{1,40}$/.test(r.fieldId)) return { error: 'no field id' };
  if (typeof r.target !== 'string' || !r.target) return { error: 'no target' };
  return { fieldId: r.fieldId, target: r.target };
}
