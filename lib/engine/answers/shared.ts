/** Answer shapes several areas share: dates in the field's own format, lists joined as the field asks, degrees. */
import type { FieldDescriptor, FieldOption } from '../types';
import type { EndDate } from '../../profile/schema';
import { dateParts } from '../../profile/dates';
import { degreeLevel, type DegreeLevel } from '../../values/degrees';
import { joinList, listSeparatorFor } from '../../values/fit';
import { dateFormatFor, formatDate, monthForms } from '../../values/dates';
import { fieldWords } from '../field-text';
import { none, text, type Answer } from './answer';

const DEGREE_WORDS: Record<DegreeLevel, string[]> = {
  doctorate: ['PhD', 'Ph.D.', 'Doctorate', 'Doctor of Philosophy', 'Doctoral degree'],
  masters: ["Master's", 'Master', 'MSc', 'M.S.', 'MA', "Master's Degree"],
  bachelors: ["Bachelor's", 'Bachelor', 'BSc', 'B.S.', 'BA', "Bachelor's Degree"],
  associate: ["Associate's", 'Associate Degree'],
  highschool: ['High School', 'High School Diploma'],
  professional: ['MD', 'JD', 'Professional degree'],
};

/** A degree as the option a list offers: its own name, else any word for its level ("Ph.D." is "Doctorate"). */
export function degreeAnswer(degree: string | undefined): Answer {
  if (!degree) return none('no degree in the profile');
  const level = degreeLevel(degree);
  return {
    kind: 'choice',
    candidates: [degree, ...(level ? DEGREE_WORDS[level] : [])],
    ...(level ? { match: (o: FieldOption) => degreeLevel(o.text) === level } : {}),
  };
}

/** A date in the field's format: a month or year option, a month number, or the date as the box shows it. */
export function dateAnswer(field: FieldDescriptor, date: EndDate | undefined, what: string): Answer {
  if (!date) return none(`no ${what} in the profile`);
  if (date === 'present') return none(`${what} is "present"`);
  const parts = dateParts(date);
  if (!parts) return none(`${what} is not a date`);
  const words = `${fieldWords(field)} ${field.name} ${field.htmlId}`.toLowerCase();
  if (field.options.length) {
    const isMonth =
      /month|mm\b|monat|mois|mes\b/.test(words) || field.options.some((o) => /^(jan|january|feb)/i.test(o.text.trim()));
    if (isMonth)
      return parts.month ? { kind: 'choice', candidates: monthForms(parts.month) } : none(`${what} has no month`);
    return { kind: 'choice', candidates: [String(parts.year)] };
  }
  const format = /month/.test(words) && !/year/.test(words) ? 'month-number' : dateFormatFor(field, words);
  return text(formatDate(date, format), `${what} lacks the precision this field asks for`);
}

/** A row's start or end date, by the kind's last part (`education.start`, `work.end`). */
export function rowDateAnswer(
  field: FieldDescriptor,
  kind: `${string}.start` | `${string}.end`,
  entry: { start?: EndDate | undefined; end?: EndDate | undefined },
): Answer {
  const start = kind.endsWith('.start');
  return dateAnswer(field, start ? entry.start : entry.end, start ? 'start date' : 'end date');
}

/** Items joined the way the field asks (its help text, its control), cut to whole items within maxlength. */
export function listAnswer(field: FieldDescriptor, items: string[], why: string, defaultSeparator?: '\n'): Answer {
  const unique = [...new Set(items.map((i) => i.trim()).filter(Boolean))];
  if (!unique.length) return none(why);
  const hint = `${fieldWords(field)} ${field.description}`;
  let separator = listSeparatorFor(hint, field.control);
  if (defaultSeparator && !/comma|semicolon|,|;/.test(hint) && field.control !== 'input') separator = defaultSeparator;
  return text(joinList(unique, separator, field.maxLength), why);
}
