/**
 * Where the person has been: the current affiliation and where it came from, the career stage, degree blocks (the
 * highest degree or the one a heading names), and rows of education, work and OpenReview's career history (issues
 * #13, #18).
 */
import type { FieldDescriptor, FieldOption } from '../types';
import type { Education, Profile } from '../../profile/schema';
import { currentPosition } from '../../profile/create';
import { dateParts } from '../../profile/dates';
import {
  affiliationOf,
  careerStage,
  degreeOfLevel,
  educationRows,
  highestDegree,
  historyRows,
  stageOfOption,
  STAGE_WORDS,
  workRows,
} from '../../profile/views';
import type { DegreeLevel } from '../../values/degrees';
import { normaliseText } from '../../values/normalise';
import { none, text, withSource, type Answer, type AnswerQuery, type AnswerTable } from './answer';
import { placeAnswer } from './address';
import { dateAnswer, degreeAnswer, rowDateAnswer } from './shared';

export function affiliationAnswer(
  kind: 'position.institution' | 'position.department' | 'position.title',
  profile: Profile,
): Answer {
  const a = affiliationOf(profile);
  if (!a) return none('no current position, and no position or education to name an affiliation');
  if (kind === 'position.institution') return withSource(text(a.institution, 'no institution'), a.source);
  if (kind === 'position.department')
    return withSource(text(a.department, `no department in the ${a.from} that answers (the ${a.source})`), a.source);
  return withSource(text(a.title, `no title in the ${a.from} that answers (the ${a.source})`), a.source);
}

// ---- degrees ---------------------------------------------------------------------------------------------

/** The degree a block's heading names (PhD / Master's / Bachelor's), else the highest degree. */
export function degreeForBlock(field: FieldDescriptor, profile: Profile): Education | undefined {
  const context = normaliseText(`${field.legend} | ${field.heading}`);
  let level: DegreeLevel | undefined;
  if (/\b(ph ?d|phd|doctoral|doctorate|dphil)\b/.test(context)) level = 'doctorate';
  else if (/\b(master'?s?|msc|postgraduate taught|mphil)\b/.test(context)) level = 'masters';
  else if (/\b(bachelor'?s?|undergraduate|first degree|bsc)\b/.test(context)) level = 'bachelors';
  return level ? degreeOfLevel(profile, level) : highestDegree(profile);
}

export function degreeExtraAnswer(
  kind: 'degree.thesisTitle' | 'degree.supervisor',
  field: FieldDescriptor,
  profile: Profile,
): Answer {
  const degree = degreeForBlock(field, profile);
  if (!degree) return none('no degree in the profile');
  if (kind === 'degree.thesisTitle') return text(degree.thesisTitle, `no thesis title for the ${degree.degree}`);
  return text(degree.advisors.join(', '), `no supervisor for the ${degree.degree}`);
}

// ---- career stage ------------------------------------------------------------------------------------------

export function careerStageAnswer(field: FieldDescriptor, profile: Profile): Answer {
  const stage = careerStage(profile);
  if (!stage) return none('the profile does not say the career stage (no current title, no degree in progress)');
  const words = STAGE_WORDS[stage.stage];
  if (!field.options.length && field.control !== 'combobox' && field.control !== 'listbox-button')
    return withSource(text(words[0], 'no stage'), stage.source);
  return {
    kind: 'choice',
    candidates: words,
    match: (o: FieldOption) => stageOfOption(o.text) === stage.stage,
    preferMatch: true,
    source: stage.source,
  };
}

// ---- history rows ------------------------------------------------------------------------------------------

export function historyAnswer(
  kind:
    'history.position' | 'history.institution' | 'history.domain' | 'history.country' | 'history.start' | 'history.end',
  row: number,
  field: FieldDescriptor,
  profile: Profile,
): Answer {
  const h = historyRows(profile)[row];
  if (!h) return none(`the profile has no history entry ${row + 1}`);
  // Names the kind of entry only: the reason travels to the page with the value.
  const source = `history entry ${row + 1} (${h.from === 'position' ? 'a position' : 'a degree'})`;
  switch (kind) {
    case 'history.position': {
      if (!h.position) return none(`the CV gives no title for ${h.institution}`);
      const stage = stageOfOption(h.position);
      if (!field.options.length && field.control === 'input')
        return withSource(text(h.position, 'no position'), source);
      // A student or postdoc row is named by its stage ("Postdoctoral Researcher" is OpenReview's "Postdoc");
      // a faculty or research title by itself ("Assistant Professor").
      const byStage = stage && ['postdoc', 'phd-student', 'masters-student', 'undergraduate'].includes(stage);
      const words = stage ? STAGE_WORDS[stage] : [];
      return {
        kind: 'choice',
        candidates: byStage ? [...words, h.position] : [h.position, ...words],
        ...(stage ? { match: (o: FieldOption) => stageOfOption(o.text) === stage, preferMatch: true } : {}),
        source,
      };
    }
    case 'history.institution':
      return withSource(text(h.institution, 'no institution'), source);
    case 'history.domain':
      return text(h.domain, `the profile has no domain for ${h.institution}`);
    case 'history.country':
      return placeAnswer(field, h.country, h.city, source) ?? none(`the profile has no country for ${h.institution}`);
    case 'history.start':
      return dateAnswer(field, h.start, `start of ${h.institution}`);
    case 'history.end':
      if (h.end === 'present' || h.end === undefined) return none(`${h.institution} is current: no end`);
      return dateAnswer(field, h.end, `end of ${h.institution}`);
  }
}

function degreeYearAnswer({ field, profile }: AnswerQuery): Answer {
  const end = degreeForBlock(field, profile)?.end;
  const awarded = end === undefined || end === 'present' ? undefined : end;
  // A date or month input asks for the date itself; any other box here asks for the year.
  if (field.type === 'date' || field.type === 'month') return dateAnswer(field, awarded, 'degree date');
  return dateAnswer(
    { ...field, maxLength: field.maxLength ?? 4 },
    awarded && (dateParts(awarded)?.year.toString() ?? undefined),
    'degree year',
  );
}

type EducationKind =
  'education.institution' | 'education.degree' | 'education.field' | 'education.start' | 'education.end';

function educationAnswer({ kind, row, field, profile }: AnswerQuery<EducationKind>): Answer {
  const e = educationRows(profile)[row];
  if (!e) return none(`the profile has no education row ${row + 1}`);
  if (kind === 'education.institution') return text(e.institution, 'no institution');
  if (kind === 'education.degree') return degreeAnswer(e.degree);
  if (kind === 'education.field') return text(e.field, 'no field of study in this education row');
  return rowDateAnswer(field, kind, e);
}

type WorkKind = 'work.title' | 'work.organisation' | 'work.location' | 'work.start' | 'work.end' | 'work.current';

function workAnswer({ kind, row, field, profile }: AnswerQuery<WorkKind>): Answer {
  const w = workRows(profile)[row];
  if (!w) return none(`the profile has no work row ${row + 1}`);
  if (kind === 'work.title') return text(w.title, 'no title');
  if (kind === 'work.organisation') return text(w.organisation, 'no organisation');
  if (kind === 'work.location') return text(w.location, 'no location in this work row');
  if (kind === 'work.current') return { kind: 'check', checked: w.end === undefined || w.end === 'present' };
  return rowDateAnswer(field, kind, w);
}

type HistoryKind = Parameters<typeof historyAnswer>[0];
const history = ({ kind, row, field, profile }: AnswerQuery<HistoryKind>) => historyAnswer(kind, row, field, profile);

export const HISTORY_ANSWERS = {
  'position.title': ({ kind, profile }) => affiliationAnswer(kind, profile),
  'position.department': ({ kind, profile }) => affiliationAnswer(kind, profile),
  'position.institution': ({ kind, profile }) => affiliationAnswer(kind, profile),
  'position.institutionDomain': ({ profile }) =>
    text(affiliationOf(profile)?.domain, 'no institution domain in the profile'),
  'position.startYear': ({ field, profile }) => dateAnswer(field, currentPosition(profile)?.start, 'position start'),
  'position.careerStage': ({ field, profile }) => careerStageAnswer(field, profile),
  // A degree block names its degree ("PhD details") or asks for the highest.
  'degree.level': ({ field, profile }) => degreeAnswer(degreeForBlock(field, profile)?.degree),
  'degree.field': ({ field, profile }) => text(degreeForBlock(field, profile)?.field, 'no degree field in the profile'),
  'degree.institution': ({ field, profile }) =>
    text(degreeForBlock(field, profile)?.institution, 'no degree institution in the profile'),
  'degree.year': degreeYearAnswer,
  'degree.thesisTitle': ({ kind, field, profile }) => degreeExtraAnswer(kind, field, profile),
  'degree.supervisor': ({ kind, field, profile }) => degreeExtraAnswer(kind, field, profile),
  'education.institution': educationAnswer,
  'education.degree': educationAnswer,
  'education.field': educationAnswer,
  'education.start': educationAnswer,
  'education.end': educationAnswer,
  'work.title': workAnswer,
  'work.organisation': workAnswer,
  'work.location': workAnswer,
  'work.start': workAnswer,
  'work.end': workAnswer,
  'work.current': workAnswer,
  'history.position': history,
  'history.institution': history,
  'history.domain': history,
  'history.country': history,
  'history.start': history,
  'history.end': history,
} satisfies Partial<AnswerTable>;
