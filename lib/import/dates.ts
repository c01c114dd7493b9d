/**
 * Dates as CVs write them: "2021-2025", "Sep. 2023 - Dec. 2023", "Oct. 2022 – Present", "2019–present",
 * "03/2020 – 05/2021", "2020.03-2021.05", "since 2022", a lone "Jul. 2023" or "2021". Turned into partial dates.
 */
import { makePartialDate } from '../profile/dates';
import type { EndDate, PartialDate } from '../profile/schema';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
const DATE = String.raw`(?:(?:\d{1,2}\s+)?${MONTH},?\s*\d{4}|${SEASON}\s+\d{4}|\d{1,2}[/.]\d{4}|\d{4}[/.-](?:0?[1-9]|1[0-2])(?![\d])|\d{4})`;
const OPEN = String.raw`(?:present|now|current|today|ongoing|date)`;
const DASH = String.raw`\s*(?:-{1,2}|–|—|~|to|until|till)\s*`;

const RANGE_RE = new RegExp(
  String.raw`(?<![\w/.-])(${DATE})(?:${DASH}(${DATE}|${OPEN})|${DASH}(?=\s*$))?(?![\w/])`,
  'i',
);
/** "Mar–Jun 2019": two months of one year. */
const MONTH_PAIR_RE = new RegExp(String.raw`(?<![\w/.-])(${MONTH})${DASH}(${MONTH})\s*(\d{4})(?![\w/])`, 'gi');
const SINCE_RE = new RegExp(String.raw`\b(?:since|from)\s+(${DATE})`, 'i');

/** One date token to a partial date. */
export function parseDateToken(token: string): PartialDate | undefined {
  const t = token.trim().toLowerCase().replace(/,/g, '');
  const [named, word, yearText] = /^(?:\d{1,2}\s+)?([a-z]+)\.?\s*(\d{4})$/.exec(t) ?? [];
  if (named !== undefined && word !== undefined) {
    const month = MONTHS.indexOf(word.slice(0, 3));
    const year = Number(yearText);
    if (month >= 0) return makePartialDate(year, month + 1);
    if (/^(spring|summer|fall|autumn|winter)$/.test(word)) return makePartialDate(year);
    return undefined;
  }
  let m = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? makePartialDate(Number(m[2]), Number(m[1])) : undefined;
  m = /^(\d{4})[/.-](\d{1,2})$/.exec(t);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? makePartialDate(Number(m[1]), Number(m[2])) : undefined;
  const year = /^(\d{4})$/.exec(t)?.[1];
  if (year !== undefined && Number(year) >= 1900 && Number(year) <= 2200) return year;
  return undefined;
}

export interface FoundRange {
  start?: PartialDate;
  end?: EndDate;
  /** Where the range was found in the text, and its length. */
  index: number;
  length: number;
}

function endToken(token: string | undefined): EndDate | undefined {
  if (!token) return undefined;
  if (new RegExp(`^${OPEN}$`, 'i').test(token.trim())) return 'present';
  return parseDateToken(token);
}

/**
 * The date range in a line. Prefers one at the start or the end of the line (where CVs put them); a year inside a
 * title ("ICML 2023") is only taken when nothing else is there and `anywhere` is set.
 */
export function findDateRange(line: string, anywhere = false): FoundRange | undefined {
  const candidates: FoundRange[] = [];
  const re = new RegExp(RANGE_RE.source, 'gi');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const token = m[1];
    const start = token === undefined ? undefined : parseDateToken(token);
    if (!start) continue;
    const end = endToken(m[2]) ?? (m[0].match(new RegExp(DASH + '$')) ? 'present' : undefined);
    candidates.push({ start, ...(end ? { end } : {}), index: m.index, length: m[0].length });
  }
  for (const m of line.matchAll(MONTH_PAIR_RE)) {
    const [, from, to, year] = m;
    if (from === undefined || to === undefined || year === undefined) continue;
    const start = parseDateToken(`${from} ${year}`);
    const end = parseDateToken(`${to} ${year}`);
    if (!start || !end) continue;
    // It replaces the lone "Jun 2019" the general pattern found inside it.
    const inside = candidates.findIndex((c) => c.index > m.index && c.index < m.index + m[0].length);
    if (inside >= 0) candidates.splice(inside, 1);
    candidates.push({ start, end, index: m.index, length: m[0].length });
  }
  const since = SINCE_RE.exec(line);
  const sinceToken = since?.[1];
  if (since && sinceToken !== undefined) {
    const start = parseDateToken(sinceToken);
    if (start) candidates.push({ start, end: 'present', index: since.index, length: since[0].length });
  }
  const trimmedEnd = line.trimEnd().length;
  const leading = line.length - line.trimStart().length;
  const atEdge = (r: FoundRange) =>
    r.index <= leading + 1 ||
    r.index + r.length >= trimmedEnd - 1 ||
    /[\t|]/.test(line.slice(Math.max(0, r.index - 2), r.index));
  const edge = candidates.filter(atEdge);
  const pick =
    edge.find((r) => r.end !== undefined) ??
    edge[0] ??
    (anywhere ? (candidates.find((r) => r.end) ?? candidates[0]) : undefined);
  return pick;
}

/** The line without the range, and without the separators around it. */
export function removeRange(line: string, range: FoundRange): string {
  let from = range.index;
  let to = range.index + range.length;
  // "(2021–2025)": the brackets go with the dates.
  const open = /\(\s*$/.exec(line.slice(0, from));
  const close = /^\s*\)/.exec(line.slice(to));
  if (open && close) {
    from = open.index;
    to += close[0].length;
  }
  return (line.slice(0, from) + ' ' + line.slice(to))
    .replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '')
    .replace(/\s{2,}/g, ' ');
}

/** "semester" → "Semester", "FALL" → "Fall". */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** "Spring 2022" → term and year. */
export function parseTerm(text: string): { term: string; year: number } | undefined {
  const numbered = /\b(semester|term|trimester|quarter)\s+(\d)\s*,?\s+(\d{4})\b/i.exec(text);
  const unit = numbered?.[1];
  if (numbered && unit !== undefined)
    return { term: `${capitalised(unit)} ${numbered[2]} ${numbered[3]}`, year: Number(numbered[3]) };
  const m = /\b(spring|summer|fall|autumn|winter)\s+(\d{4})\b/i.exec(text);
  const season = m?.[1];
  return m && season !== undefined ? { term: `${capitalised(season)} ${m[2]}`, year: Number(m[2]) } : undefined;
}

/** ISO-like partial dates from JSON ("2020-03-15", "2020-03", "2020", "2020-03-15T00:00:00Z"). */
export function isoPartialDate(value: unknown): PartialDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return makePartialDate(Number(m[1]));
  if (day !== undefined && (day < 1 || day > 31)) return makePartialDate(Number(m[1]), month);
  return makePartialDate(Number(m[1]), month, day);
}
