/** What the profile says for a field, before the planner shapes it to the control. */
import type { FieldKind } from '../../fields/kinds';
import type { PublicationStyle } from '../../format/publication-style';
import type { DocumentMeta, Profile } from '../../profile/schema';
import type { Decision, FieldDescriptor, FieldOption, PageDescription } from '../types';

export type Answer =
  /** `source`: which profile entry answered, appended to the step's reason for the fill report. */
  | { kind: 'text'; text: string; candidates?: string[]; source?: string }
  | {
      kind: 'choice';
      candidates: string[];
      match?: (option: FieldOption) => boolean;
      /** Try `match` before the spellings: the options are matched by meaning ("Ph.D. Candidate" is a PhD student). */
      preferMatch?: boolean;
      source?: string;
    }
  | { kind: 'check'; checked: boolean }
  | { kind: 'file'; document: DocumentMeta }
  | { kind: 'none'; why: string };

export const none = (why: string): Answer => ({ kind: 'none', why });
export const text = (value: string | undefined, why: string, candidates?: string[]): Answer =>
  value && value.trim() ? { kind: 'text', text: value.trim(), ...(candidates ? { candidates } : {}) } : none(why);

/** The same answer, with the entry that gave it named for the report. */
export function withSource(answer: Answer, source: string | undefined): Answer {
  if (!source || (answer.kind !== 'text' && answer.kind !== 'choice')) return answer;
  return { ...answer, source };
}

/** Everything an answer may read: the field kind and row asked for, the field itself, the profile and the page. */
export interface AnswerQuery<K extends FieldKind = FieldKind> {
  kind: K;
  /** Which profile row (education i, work i, referee i); 0 for single facts. */
  row: number;
  field: FieldDescriptor;
  profile: Profile;
  page: PageDescription;
  decisions: readonly Decision[];
  documents: readonly DocumentMeta[];
  now: Date;
  /** The citation style set in the options, for publication lists written into a textarea (issue #13). */
  publicationStyle?: PublicationStyle | undefined;
  /** Months back a conflict-of-interest list reaches on this page: the site adapter's window (lib/sites). */
  conflictMonths: number;
}

/** One answer per field kind (issue #17): adding a kind does not compile until it has an answer here. */
export type AnswerTable = { [K in FieldKind]: (query: AnswerQuery<K>) => Answer };

/** Whether a fillable field of the page was classified as `kind` (a form with a line 2, a country-code box). */
export function asksFor(query: Pick<AnswerQuery, 'page' | 'decisions'>, kind: FieldKind): boolean {
  return query.decisions.some(
    (d) => d.kind === kind && query.page.fields.some((x) => x.id === d.fieldId && x.fillable),
  );
}
