/**
 * Conflict-of-interest lists from the profile: co-authors of recent publications, advisors and advisees (for life),
 * recent collaborators from relations, and the owner's recent institutions. Three outputs:
 *   - HotCRP: "Name (Affiliation)" one per line, with "All (Institution)" lines for institutional conflicts;
 *   - CMT: the owner's institution domains, one per line;
 *   - NSF COA: a CSV table of advisors (G:), advisees (T:), co-authors (A:) and collaborators (C:) with the year
 *     each was last active; co-authors and collaborators from the window, advisors and advisees for life.
 * The window is counted back in whole months from `now`, which callers pass in (tests fix it; the export uses today).
 */
import type { Profile, Relation } from '../profile/schema';
import { dateParts } from '../profile/dates';
import { authorParts, displayName, invertedName, ownerParts, personKey, splitName, type SplitName } from './names';
import { ownerIndexes } from './publications-select';

export const CONFLICT_STYLES = ['hotcrp', 'cmt-domains', 'nsf-coa-csv'] as const;
export type ConflictStyle = (typeof CONFLICT_STYLES)[number];

export const CONFLICT_STYLE_LABELS: Record<ConflictStyle, string> = {
  hotcrp: 'HotCRP',
  'cmt-domains': 'CMT domains',
  'nsf-coa-csv': 'NSF COA (CSV)',
};

/** Months counted back from today when the caller does not say: 24 for HotCRP and CMT, 48 for NSF COA. */
export const DEFAULT_CONFLICT_MONTHS: Record<ConflictStyle, number> = {
  hotcrp: 24,
  'cmt-domains': 24,
  'nsf-coa-csv': 48,
};

export type ConflictKind = 'advisor' | 'advisee' | 'coauthor' | 'collaborator';

export interface ConflictPerson {
  name: SplitName;
  affiliation?: string;
  email?: string;
  kinds: Set<ConflictKind>;
  /** Year of the last joint publication or of the end of the relation (undefined: lifelong with no date). */
  lastActiveYear?: number;
}

export interface ConflictInstitution {
  name: string;
  domain?: string;
  current: boolean;
}

export interface ConflictSet {
  people: ConflictPerson[];
  institutions: ConflictInstitution[];
}

export interface ConflictOptions {
  months: number;
  now: Date;
}

type ProfileForConflicts = Pick<Profile, 'name' | 'publications' | 'positions' | 'education' | 'relations'>;

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The month index of a partial date's last month ("2022" → December 2022): a range counts while any of it is in. */
function endIndex(date: string | undefined, nowIndex: number): number {
  if (date === undefined || date === 'present') return nowIndex;
  const parts = dateParts(date);
  return parts ? monthIndex(parts.year, parts.month ?? 12) : nowIndex;
}

function nameOf(raw: string): SplitName {
  return splitName(raw);
}

/** Everybody and every institution in conflict within the window. */
export function collectConflicts(profile: ProfileForConflicts, options: ConflictOptions): ConflictSet {
  const nowIndex = monthIndex(options.now.getUTCFullYear(), options.now.getUTCMonth() + 1);
  const cutoff = nowIndex - options.months;
  const nowYear = options.now.getUTCFullYear();
  const owner = ownerParts(profile.name);
  const ownerKey = owner ? personKey(owner) : undefined;
  const people = new Map<string, ConflictPerson>();

  const add = (name: SplitName, kind: ConflictKind, extra: { affiliation?: string; email?: string; year?: number }) => {
    const key = personKey(name);
    if (!name.family || key === ownerKey) return;
    let person = people.get(key);
    if (!person) {
      person = { name, kinds: new Set() };
      people.set(key, person);
    }
    person.kinds.add(kind);
    // Keep the fullest spelling seen ("Tomas Lindqvist" over "T. Lindqvist").
    if (name.given.replace(/\./g, '').length > person.name.given.replace(/\./g, '').length) person.name = name;
    if (extra.affiliation && !person.affiliation) person.affiliation = extra.affiliation;
    if (extra.email && !person.email) person.email = extra.email;
    if (extra.year !== undefined && (person.lastActiveYear === undefined || extra.year > person.lastActiveYear)) {
      person.lastActiveYear = extra.year;
    }
  };

  for (const pub of profile.publications) {
    const index = pub.year === undefined ? nowIndex : monthIndex(pub.year, pub.month ?? 12);
    if (pub.year === undefined && pub.status !== 'in-submission') continue;
    if (index < cutoff) continue;
    const mine = ownerIndexes(pub, owner);
    pub.authors.forEach((author, i) => {
      if (mine.has(i)) return;
      add(authorParts(author), 'coauthor', { year: Math.min(pub.year ?? nowYear, nowYear) });
    });
  }

  for (const edu of profile.education) {
    for (const advisor of edu.advisors) add(nameOf(advisor), 'advisor', { affiliation: edu.institution });
  }

  const relationKind = (r: Relation): ConflictKind =>
    r.relation === 'advisor'
      ? 'advisor'
      : r.relation === 'advisee'
        ? 'advisee'
        : r.relation === 'coauthor'
          ? 'coauthor'
          : 'collaborator';
  for (const relation of profile.relations) {
    const kind = relationKind(relation);
    const lifelong = kind === 'advisor' || kind === 'advisee';
    const end = endIndex(relation.end, nowIndex);
    const extra = {
      ...(relation.institution ? { affiliation: relation.institution } : {}),
      ...(relation.email ? { email: relation.email } : {}),
    };
    if (lifelong) {
      add(nameOf(relation.name), kind, extra);
    } else if (relation.start === undefined && relation.end === undefined) {
      // An undated relation ("my co-author") counts, but tells no year of last activity.
      add(nameOf(relation.name), kind, extra);
    } else if (end >= cutoff) {
      add(nameOf(relation.name), kind, { ...extra, year: Math.floor(end / 12) });
    } else if (people.has(personKey(nameOf(relation.name)))) {
      // An old relation still tells the affiliation of a recent co-author.
      const person = people.get(personKey(nameOf(relation.name)));
      if (person && !person.affiliation && relation.institution) person.affiliation = relation.institution;
      if (person && !person.email && relation.email) person.email = relation.email;
    }
  }

  const institutions = new Map<string, ConflictInstitution>();
  const addInstitution = (name: string, domain: string | undefined, end: string | undefined) => {
    const last = endIndex(end, nowIndex);
    if (last < cutoff) return;
    const key = name.toLowerCase();
    const current = end === undefined || end === 'present' || last >= nowIndex;
    const known = institutions.get(key);
    if (known) {
      known.current ||= current;
      known.domain ??= domain;
    } else {
      institutions.set(key, { name, ...(domain ? { domain } : {}), current });
    }
  };
  for (const p of profile.positions) addInstitution(p.institution, p.institutionDomain, p.end);
  // A degree still under way is an affiliation too; a finished one counts until its end leaves the window.
  for (const e of profile.education) if (e.end !== undefined) addInstitution(e.institution, e.institutionDomain, e.end);

  const byFamily = (a: ConflictPerson, b: ConflictPerson) =>
    a.name.family.localeCompare(b.name.family) || a.name.given.localeCompare(b.name.given);
  return {
    people: [...people.values()].sort(byFamily),
    institutions: [...institutions.values()].sort(
      (a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name),
    ),
  };
}

export function formatHotcrp(set: ConflictSet): string {
  const lines = [
    ...set.institutions.map((i) => `All (${i.name})`),
    ...set.people.map((p) => (p.affiliation ? `${displayName(p.name)} (${p.affiliation})` : displayName(p.name))),
  ];
  return lines.join('\n');
}

export function formatCmtDomains(set: ConflictSet): string {
  const domains = new Set(set.institutions.flatMap((i) => (i.domain ? [i.domain.toLowerCase()] : [])));
  return [...domains].join('\n');
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const NSF_ORDER: [ConflictKind, string][] = [
  ['advisor', 'G:'],
  ['advisee', 'T:'],
  ['coauthor', 'A:'],
  ['collaborator', 'C:'],
];

/** NSF COA table rows: one row per person, under the strongest relation (advisor > advisee > co-author > other). */
export function formatNsfCoaCsv(set: ConflictSet): string {
  const rows = [['Type', 'Name', 'Organizational Affiliation', 'Optional (Email, Department)', 'Last Active']];
  for (const [kind, label] of NSF_ORDER) {
    for (const person of set.people) {
      const strongest = NSF_ORDER.find(([k]) => person.kinds.has(k))?.[0];
      if (strongest !== kind) continue;
      const lifelong = kind === 'advisor' || kind === 'advisee';
      rows.push([
        label,
        invertedName(person.name),
        person.affiliation ?? '',
        person.email ?? '',
        lifelong || person.lastActiveYear === undefined ? '' : String(person.lastActiveYear),
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n');
}

export function formatConflicts(
  profile: ProfileForConflicts,
  style: ConflictStyle,
  options: { months?: number | undefined; now: Date },
): string {
  const months = options.months ?? DEFAULT_CONFLICT_MONTHS[style];
  const set = collectConflicts(profile, { months, now: options.now });
  switch (style) {
    case 'hotcrp':
      return formatHotcrp(set);
    case 'cmt-domains':
      return formatCmtDomains(set);
    case 'nsf-coa-csv':
      return formatNsfCoaCsv(set);
  }
}
