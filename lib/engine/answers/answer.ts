/** What the profile says for a field, before the planner shapes it to the control. */
import type { DocumentMeta } from '../../profile/schema';
import type { FieldOption } from '../types';

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
