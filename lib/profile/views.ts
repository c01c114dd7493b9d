/**
 * Views over a profile that academic forms ask for as one fact: the current affiliation, the highest degree (or
 * the degree a block names), the career stage, the career-and-education history (issue #13).
 */
import type { Education, EndDate, PartialDate, Position, Profile } from './schema';
import { currentPosition } from './create';
import { degreeLevel, degreeRank, type DegreeLevel } from '../values/degrees';
import { countryName } from '../values/countries';
import { normaliseText } from '../values/normalise';
import { SCHOLAR_SERVICES, scholarLink } from '../values/scholar-ids';

const isOpen = (end: EndDate | undefined): boolean => end === undefined || end === 'present';
/** An end date as a sort key: open-ended (current) entries sort after every date. */
const endKey = (end: EndDate | undefined): string => (isOpen(end) ? '9999' : (end ?? ''));

/** Latest first: by end (open-ended first), then by start. */
function latestFirst(
  a: { end?: EndDate | undefined; start?: PartialDate | undefined },
  b: { end?: EndDate | undefined; start?: PartialDate | undefined },
): number {
  return endKey(b.end).localeCompare(endKey(a.end)) || (b.start ?? '').localeCompare(a.start ?? '');
}

export interface Affiliation {
  institution: string;
  department?: string;
  title?: string;
  domain?: string;
  city?: string;
  country?: string;
  /**
   * Which entry answered, for the fill report: the kind of entry only ("current position", "education in
   * progress"), since the step's reason travels to the page and must carry no fact beyond the value filled.
   */
  source: string;
  from: 'position' | 'education';
}

/**
 * The current affiliation: the current (open-ended) position; else the most recent position or education entry,
 * one in progress first. A position without an institution does not answer.
 */
export function currentAffiliation(profile: Profile): Affiliation | undefined {
  const current = currentPosition(profile);
  if (current?.institution.trim() && isOpen(current.end)) return fromPosition(current, 'current position');
  const positions = profile.positions.filter((p) => p.institution.trim());
  const education = profile.education.filter((e) => e.institution.trim());
  type Entry = { end: EndDate | undefined; start: PartialDate | undefined; make: () => Affiliation };
  const entries: Entry[] = [
    ...positions.map((p) => ({ end: p.end, start: p.start, make: () => fromPosition(p, 'latest position') })),
    ...education.map((e) => ({ end: e.end, start: e.start, make: () => fromEducation(e) })),
  ];
  entries.sort(latestFirst);
  return entries[0]?.make();
}

/**
 * The current affiliation, with the city and country of any entry at the same institution when the answering
 * entry has none (a CV header names the institution; the education line says "Hong Kong, China").
 */
export function affiliationOf(profile: Profile): Affiliation | undefined {
  const found = currentAffiliation(profile);
  if (!found || found.country) return found;
  const same = (name: string) => normaliseText(name) === normaliseText(found.institution);
  const placed = [...profile.positions, ...profile.education].find((e) => same(e.institution) && e.country);
  return placed?.country ? { ...found, country: placed.country, ...(placed.city ? { city: placed.city } : {}) } : found;
}

function fromPosition(p: Position, what: string): Affiliation {
  return {
    institution: p.institution.trim(),
    ...(p.department?.trim() ? { department: p.department.trim() } : {}),
    ...(p.title.trim() ? { title: p.title.trim() } : {}),
    ...(p.institutionDomain ? { domain: p.institutionDomain } : {}),
    ...(p.city ? { city: p.city } : {}),
    ...(p.country ? { country: p.country } : {}),
    source: what,
    from: 'position',
  };
}

function fromEducation(e: Education): Affiliation {
  return {
    institution: e.institution.trim(),
    ...(e.institutionDomain ? { domain: e.institutionDomain } : {}),
    ...(e.city ? { city: e.city } : {}),
    ...(e.country ? { country: e.country } : {}),
    source: isOpen(e.end) ? 'education in progress' : 'latest education',
    from: 'education',
  };
}

/** The highest degree: by level, then the latest. */
export function highestDegree(profile: Profile): Education | undefined {
  return [...profile.education].sort(
    (a, b) => degreeRank(b.degree) - degreeRank(a.degree) || endKey(b.end).localeCompare(endKey(a.end)),
  )[0];
}

/** The latest degree of a level ("PhD details" → the doctorate). */
export function degreeOfLevel(profile: Profile, level: DegreeLevel): Education | undefined {
  return [...profile.education]
    .filter((e) => degreeLevel(e.degree) === level)
    .sort((a, b) => endKey(b.end).localeCompare(endKey(a.end)))[0];
}

export type CareerStage =
  'undergraduate' | 'masters-student' | 'phd-student' | 'postdoc' | 'faculty' | 'researcher' | 'industry';

/** What a title says about the career stage; undefined when it says nothing Vitae can map. */
export function stageOfTitle(title: string): CareerStage | undefined {
  const t = title.toLowerCase();
  if (/\bpost-?doc|postdoctoral/.test(t)) return 'postdoc';
  if (/\b(ph\.? ?d|doctoral) (student|candidate|researcher)|\bdoctoral student/.test(t)) return 'phd-student';
  if (/\b(professor|lecturer|reader|faculty)\b/.test(t)) return 'faculty';
  if (/\b(research (scientist|fellow|associate)|researcher|scientist)\b/.test(t)) return 'researcher';
  return undefined;
}

/**
 * The career stage: from the current position's title, else from education in progress (a PhD in progress is a
 * PhD student). A finished PhD with no current title says nothing (a postdoc? faculty? industry?).
 */
export function careerStage(profile: Profile): { stage: CareerStage; source: string } | undefined {
  const current = currentPosition(profile);
  if (current && isOpen(current.end) && current.title.trim()) {
    const stage = stageOfTitle(current.title);
    if (stage) return { stage, source: 'the current position’s title' };
  }
  const studying = profile.education.filter((e) => isOpen(e.end) && e.end === 'present');
  for (const e of studying.sort((a, b) => degreeRank(b.degree) - degreeRank(a.degree))) {
    const level = degreeLevel(e.degree);
    const stage: CareerStage | undefined =
      level === 'doctorate'
        ? 'phd-student'
        : level === 'masters'
          ? 'masters-student'
          : level === 'bachelors'
            ? 'undergraduate'
            : undefined;
    if (stage) return { stage, source: 'the degree in progress' };
  }
  return undefined;
}

/** The words forms use for a career stage, best first (options are matched by meaning, not by spelling). */
export const STAGE_WORDS: Record<CareerStage, string[]> = {
  // First the spelling OpenReview's position list uses: a combobox whose options load only once typed into gets
  // the first spelling alone.
  undergraduate: ['Undergrad student', 'Undergraduate student', 'Undergraduate', 'Bachelor student'],
  'masters-student': ['MS student', "Master's student", 'MSc student', 'Masters student', 'Graduate student'],
  'phd-student': ['PhD student', 'Ph.D. student', 'PhD candidate', 'Ph.D. Candidate', 'Doctoral student'],
  postdoc: ['Postdoc', 'Postdoctoral researcher', 'Postdoctoral fellow', 'Post-doctoral researcher'],
  faculty: ['Faculty', 'Professor', 'Assistant Professor', 'Associate Professor', 'Lecturer'],
  researcher: ['Researcher', 'Research scientist', 'Research staff'],
  industry: ['Industry', 'Industry researcher'],
};

/** The stage an option's text names, so "Ph.D. Candidate" and "PhD student" are the same answer. */
export function stageOfOption(text: string): CareerStage | undefined {
  const t = text.toLowerCase();
  if (/post-?doc/.test(t)) return 'postdoc';
  if (/\b(ph\.? ?d\.?|doctoral|doctorate)\b.*\b(student|candidate)\b|\bdoctoral student/.test(t)) return 'phd-student';
  if (/\b(master'?s?|ms|msc|m\.s\.)\b.*\bstudent\b/.test(t)) return 'masters-student';
  if (/\bundergrad/.test(t) || /\bbachelor'?s?\b.*\bstudent\b/.test(t)) return 'undergraduate';
  if (/\b(faculty|professor|lecturer)\b/.test(t)) return 'faculty';
  if (/\bindustry\b/.test(t)) return 'industry';
  if (/\b(researcher|research scientist|research staff)\b/.test(t)) return 'researcher';
  return undefined;
}

export interface HistoryRow {
  /** A position's title, or the student stage of a degree ("PhD student"); '' when the CV does not say. */
  position: string;
  institution: string;
  domain?: string;
  country?: string;
  city?: string;
  start?: PartialDate;
  end?: EndDate;
  from: 'position' | 'education';
}

/** OpenReview's "Education & Career History": every position and degree, latest first (open-ended first). */
export function historyRows(profile: Profile): HistoryRow[] {
  const rows: HistoryRow[] = [
    ...profile.positions
      .filter((p) => p.institution.trim())
      .map((p) => ({
        position: p.title.trim(),
        institution: p.institution.trim(),
        domain: p.institutionDomain,
        country: p.country,
        city: p.city,
        start: p.start,
        end: p.end,
        from: 'position' as const,
      })),
    ...profile.education
      .filter((e) => e.institution.trim())
      .map((e) => {
        const level = degreeLevel(e.degree);
        const position =
          level === 'doctorate'
            ? 'PhD student'
            : level === 'masters'
              ? 'MS student'
              : level === 'bachelors'
                ? 'Undergrad student'
                : '';
        return {
          position,
          institution: e.institution.trim(),
          domain: e.institutionDomain,
          country: e.country,
          city: e.city,
          start: e.start,
          end: e.end,
          from: 'education' as const,
        };
      }),
  ];
  // A CV header names the institution only; its education line at the same place says where it is.
  const same = (a: HistoryRow, b: HistoryRow) => a.institution.toLowerCase() === b.institution.toLowerCase();
  const filled = rows.map((row) => {
    const twin = rows.find((other) => other !== row && same(row, other) && other.country);
    if (!twin || row.country) return row;
    return {
      ...row,
      country: twin.country,
      ...(row.city || !twin.city ? {} : { city: twin.city }),
      ...(row.domain || !twin.domain ? {} : { domain: twin.domain }),
    };
  });
  return filled.sort(latestFirst);
}

export interface WorkRow {
  title: string;
  organisation: string;
  location?: string;
  start?: PartialDate;
  end?: EndDate;
}

/** Positions and other experience as one list of work rows (issue #18), current and latest first. */
export function workRows(profile: Profile): WorkRow[] {
  const rows: WorkRow[] = [
    ...profile.positions.map((p) => ({
      title: p.title,
      organisation: p.institution,
      location: [p.city, p.country ? countryName(p.country) : undefined].filter(Boolean).join(', ') || undefined,
      start: p.start,
      end: p.end,
    })),
    ...profile.experience.map((e) => ({
      title: e.role,
      organisation: e.organisation,
      location: e.location,
      start: e.start,
      end: e.end,
    })),
  ];
  return rows.sort(latestFirst);
}

/** Education, latest first. */
export function educationRows(profile: Profile): Education[] {
  return [...profile.education].sort((a, b) => endKey(b.end).localeCompare(endKey(a.end)));
}

/** The person's links as URLs for a "Websites" section: homepage, scholarly profiles, then the others. */
export function websiteRows(profile: Profile): string[] {
  const links = profile.links;
  const urls = [links.homepage?.trim() ?? ''];
  for (const service of SCHOLAR_SERVICES) {
    const stored = links[service];
    const url = typeof stored === 'string' ? scholarLink(service, stored) : undefined;
    if (url) urls.push(url);
  }
  urls.push(...(links.other ?? []).map((o) => o.url.trim()));
  return [...new Set(urls.filter(Boolean))];
}
