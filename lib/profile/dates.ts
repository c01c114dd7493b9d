import type { EndDate, PartialDate } from './schema';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Split a partial date into numbers. Returns undefined for `present` or malformed input. */
export function dateParts(date: EndDate | undefined): DateParts | undefined {
  if (!date || date === 'present') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  return parts;
}

/** Build a partial date from numbers. */
export function makePartialDate(year: number, month?: number, day?: number): PartialDate {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = String(month).padStart(2, '0');
  if (day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** True when a range with this end is still going on. */
export function isOngoing(end: EndDate | undefined): boolean {
  return end === 'present';
}

/** Compare partial dates chronologically; `present` sorts last, missing sorts first. */
export function compareDates(a: EndDate | undefined, b: EndDate | undefined): number {
  const key = (d: EndDate | undefined) => (d === undefined ? '' : d === 'present' ? '9999' : d);
  return key(a).localeCompare(key(b));
}
