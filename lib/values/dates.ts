/**
 * Profile partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) written the way a field asks: a year, `MM/YYYY`,
 * a month name, one part of a split month/year pair, or an `<input type=date|month>` value.
 */
import type { EndDate } from '../profile/schema';
import { dateParts } from '../profile/dates';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type DateFormat =
  'year' | 'month-number' | 'month-name' | 'mm/yyyy' | 'yyyy-mm' | 'input-month' | 'input-date' | 'mm/dd/yyyy' | 'free';

/** Pick the format from the field's type, placeholder, pattern and maxlength. */
export function dateFormatFor(
  field: { type: string; placeholder: string; pattern: string; maxLength?: number },
  label: string,
): DateFormat {
  if (field.type === 'month') return 'input-month';
  if (field.type === 'date') return 'input-date';
  const hint = `${field.placeholder} ${label}`.toLowerCase();
  if (/mm\s*\/\s*dd\s*\/\s*yyyy/.test(hint)) return 'mm/dd/yyyy';
  if (/mm\s*[/.-]\s*(yyyy|yy)/.test(hint)) return 'mm/yyyy';
  if (/yyyy\s*-\s*mm/.test(hint)) return 'yyyy-mm';
  if (/\bmonth\b|\bmm\b/.test(hint) && !/\byear\b|yyyy/.test(hint)) return 'month-number';
  if (
    /\byear\b|yyyy|\bjahr\b|\bannee\b|\bano\b|年/.test(hint) ||
    field.maxLength === 4 ||
    /\\d\{4\}|\[0-9\]\{4\}/.test(field.pattern)
  ) {
    return 'year';
  }
  return 'free';
}

/** A date in the requested format; undefined when the profile lacks the needed precision. */
export function formatDate(date: EndDate | undefined, format: DateFormat): string | undefined {
  const parts = dateParts(date);
  if (!parts) return undefined;
  const y = String(parts.year);
  const mm = parts.month === undefined ? undefined : String(parts.month).padStart(2, '0');
  switch (format) {
    case 'year':
      return y;
    case 'month-number':
      return mm;
    case 'month-name':
      return parts.month === undefined ? undefined : MONTH_NAMES[parts.month - 1];
    case 'mm/yyyy':
      return mm && `${mm}/${y}`;
    case 'yyyy-mm':
    case 'input-month':
      return mm && `${y}-${mm}`;
    case 'input-date':
      return mm && `${y}-${mm}-${String(parts.day ?? 1).padStart(2, '0')}`;
    case 'mm/dd/yyyy':
      return parts.day === undefined || !mm ? undefined : `${mm}/${String(parts.day).padStart(2, '0')}/${y}`;
    case 'free':
      return mm ? `${MONTH_NAMES[(parts.month ?? 1) - 1]} ${y}` : y;
  }
}

/** Words a month option may be written with (English, German, French, Spanish), for choosing options. */
export function monthForms(month: number): string[] {
  const english = MONTH_NAMES[month - 1] ?? '';
  const localised =
    [
      ['januar', 'janvier', 'enero'],
      ['februar', 'fevrier', 'febrero'],
      ['marz', 'mars', 'marzo'],
      ['april', 'avril', 'abril'],
      ['mai', 'mai', 'mayo'],
      ['juni', 'juin', 'junio'],
      ['juli', 'juillet', 'julio'],
      ['august', 'aout', 'agosto'],
      ['september', 'septembre', 'septiembre'],
      ['oktober', 'octobre', 'octubre'],
      ['november', 'novembre', 'noviembre'],
      ['dezember', 'decembre', 'diciembre'],
    ][month - 1] ?? [];
  return [english, english.slice(0, 3), String(month), String(month).padStart(2, '0'), `${month}月`, ...localised];
}
