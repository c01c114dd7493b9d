/**
 * Every field kind's answer, one table (issue #17): the areas each keep their own file, and a kind without an
 * answer does not compile.
 */
import type { Answer, AnswerQuery, AnswerTable } from './answer';
import { ADDRESS_ANSWERS } from './address';
import { DOCUMENT_ANSWERS } from './documents';
import { HISTORY_ANSWERS } from './history';
import { IDENTITY_ANSWERS } from './identity';
import { REFEREE_ANSWERS } from './referees';
import { SCHOLARLY_ANSWERS } from './scholarly';

export const ANSWERS: AnswerTable = {
  ...IDENTITY_ANSWERS,
  ...ADDRESS_ANSWERS,
  ...HISTORY_ANSWERS,
  ...SCHOLARLY_ANSWERS,
  ...REFEREE_ANSWERS,
  ...DOCUMENT_ANSWERS,
};

/** What the profile says for the kind and row asked, before it is shaped to the field's control. */
export function answerFor(query: AnswerQuery): Answer {
  // The table pairs each kind with its own answer; TypeScript cannot correlate the two through a union.
  const answer = ANSWERS[query.kind] as (q: AnswerQuery) => Answer;
  return answer(query);
}
