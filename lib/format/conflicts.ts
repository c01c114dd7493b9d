/**
 * Conflict-of-interest lists from the profile: co-authors of recent publications, advisors and advisees (for life),
 * recent collaborators from relations, and the owner's recent institutions. Three outputs (issue #15):
 *   - HotCRP: "Name (Affiliation)" one per line, with "All (Institution)" lines for institutional conflicts; a
 *     person's affiliation comes from wherever the profile states it (relations, advisors' institutions,
 *     internship mentors, referees);
 *   - CMT: domains joined with "; ": the owner's email domains and their registrable domains
 *     (cse.cuhk.edu.hk → cuhk.edu.hk), the recent institutions' domains (stored, or guessed from the emails and
 *     homepage the profile holds), and co-authors' institutions' domains where known; `notes` say which
 *     institution's domain is unknown;
 *   - NSF COA: CSV in the COA template's column order: G: graduate advisors and postdoctoral sponsors (never an
 *     undergraduate thesis advisor), T: the owner's advisees, A: co-authors and C: collaborators of the window.
 * The window is counted back in whole months from `now`, which callers pass in (tests fix it; the export uses today).
 *
 * Registrable domains come from the Public Suffix List through `tldts` (well kept, the list bundled, no network):
 * "cuhk.edu.hk" and "eastvale.ac.uk" cannot be told from "github.io" or "co.uk" by counting labels.
 */
import { getDomain, getHostname } from 'tldts';
import type { Profile, Relation } from '../profile/schema';
import { dateParts } from '../profile/dates';
import { degreeLevel } from '../values/degrees';
import { DEFAULT_CONFLICT_MONTHS, type ConflictStyle } from './conflict-styles';
import {
  authorParts,
  displayName,
  foldName,
  invertedName,
  ownerParts,
  personKey,
  splitName,
  type SplitName,
} from './names';
import { ownerIndexes } from './publications-select';

export { CONFLICT_STYLES, CONFLICT_STYLE_LABELS, DEFAULT_CONFLICT_MONTHS, type ConflictStyle } from './conflict-styles';

/** `advisor`: graduate advisor or postdoctoral sponsor; an undergraduate thesis advisor is a conflict, not a G:. */
export type ConflictKind = 'advisor' | 'undergraduate-advisor' | 'advisee' | 'coauthor' | 'collaborator';

/** The conflict a listed relation makes; a mentor who sponsored a postdoc is an advisor (see `relationKind`). */
const RELATION_CONFLICT: Record<Relation['relation'], ConflictKind> = {
  advisor: 'advisor',
  advisee: 'advisee',
  coauthor: 'coauthor',
  colleague: 'collaborator',
  mentor: 'collaborator',
  other: 'collaborator',
};

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
  /** CMT domain conflicts, most specific first, no duplicates. */
  domains: string[];
  /** What the lists could not know ("No web domain known for Brightwater Institute…"). */
  notes: string[];
}

export interface ConflictOptions {
  months: number;
  now: Date;
}

type ProfileForConflicts = Pick<Profile, 'name' | 'publications' | 'positions' | 'education' | 'relations'> &
  Partial<Pick<Profile, 'emails' | 'links' | 'experience' | 'referees'>>;

/** Mail providers: a personal address there says nothing about an institution. */
const WEBMAIL = new Set(
  (
    'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com icloud.com me.com mac.com ' +
    'aol.com proton.me protonmail.com pm.me gmx.com gmx.de gmx.net web.de mail.ru yandex.ru yandex.com qq.com ' +
    'foxmail.com 163.com 126.com yeah.net sina.com sohu.com naver.com hanmail.net fastmail.com zoho.com'
  ).split(' '),
);
/** Hosts of personal pages that belong to no institution. */
const PAGE_HOSTS =
  /(^|\.)(github\.io|gitlab\.io|sites\.google\.com|wordpress\.com|netlify\.app|vercel\.app|medium\.com)$/;

/** The host of an email address or URL, lower case, when it is an institution's. */
function institutionHost(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const host = (value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : getHostname(value))
    ?.toLowerCase()
    .replace(/^www\./, '');
  if (!host || !host.includes('.')) return undefined;
  const registrable = getDomain(host);
  if (!registrable || WEBMAIL.has(registrable) || PAGE_HOSTS.test(host)) return undefined;
  return host;
}

const NAME_STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'at', 'in', 'de', 'la', 'du', 'der', 'und', '&']);

/**
 * Does this host belong to that institution? Its registrable domain's first label is the institution's acronym
 * ("cuhk" for The Chinese University of Hong Kong, "mit"), or one of its distinctive words ("eastvale").
 */
function hostMatches(institution: string, host: string): boolean {
  const label = (getDomain(host) ?? host).split('.')[0] ?? '';
  if (label.length < 2) return false;
  const words = foldName(institution)
    .split(' ')
    .filter((w) => w && !NAME_STOP_WORDS.has(w));
  const acronym = words.map((w) => w.charAt(0)).join('');
  const generic =
    /^(university|universitat|universite|universidad|institute|college|school|technology|national|state|research|center|centre|laboratory|lab)$/;
  return (
    label === acronym ||
    label === words.join('') ||
    words.some((w) => w.length >= 4 && !generic.test(w) && (label === w || label.startsWith(w)))
  );
}

/** The full host and its registrable domain: "cse.cuhk.edu.hk", "cuhk.edu.hk". */
function hostAndRegistrable(host: string): string[] {
  const registrable = getDomain(host);
  return registrable && registrable !== host ? [host, registrable] : [host];
}

/**
 * The whole name folded: an affiliation stated elsewhere is taken only for the same full name ("Yiwen Wang" is not
 * the mentor "Yizhi Wang", although both are "Y. Wang").
 */
function fullNameKey(name: SplitName): string {
  return foldName(displayName(name));
}

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
    const level = degreeLevel(edu.degree);
    const undergraduate = level === 'bachelors' || level === 'associate' || level === 'highschool';
    for (const advisor of edu.advisors) {
      add(nameOf(advisor), undergraduate ? 'undergraduate-advisor' : 'advisor', { affiliation: edu.institution });
    }
  }

  const postdocs = profile.positions.filter((p) => /post-?doc/i.test(p.title));
  // A mentor at the institution of one of the owner's postdoctoral positions is their postdoctoral sponsor (G:).
  const sponsors = (r: Relation) =>
    r.relation === 'mentor' &&
    postdocs.some((p) => r.institution !== undefined && foldName(p.institution) === foldName(r.institution ?? ''));
  const relationKind = (r: Relation): ConflictKind => (sponsors(r) ? 'advisor' : RELATION_CONFLICT[r.relation]);
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

  // Affiliations the profile states elsewhere: internship mentors (newest first), referees, any relation.
  const hints = new Map<string, { affiliation?: string; email?: string }>();
  const hint = (raw: string, affiliation: string | undefined, email?: string) => {
    // "Juncheng Wang (HKBU)": the parenthesis names the mentor's own institution.
    const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(raw);
    const key = fullNameKey(nameOf(m?.[1] ?? raw));
    const known = hints.get(key) ?? {};
    known.affiliation ??= m?.[2] ?? affiliation;
    if (email) known.email ??= email;
    hints.set(key, known);
  };
  for (const r of profile.relations) hint(r.name, r.institution, r.email);
  for (const r of profile.referees ?? []) hint(r.name, r.institution, r.email);
  const experience = [...(profile.experience ?? [])].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  for (const x of experience) for (const mentor of x.mentors) hint(mentor, x.organisation);
  for (const person of people.values()) {
    const known = hints.get(fullNameKey(person.name));
    if (!known) continue;
    if (!person.affiliation && known.affiliation) person.affiliation = known.affiliation;
    if (!person.email && known.email) person.email = known.email;
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
  const sortedPeople = [...people.values()].sort(byFamily);
  const sortedInstitutions = [...institutions.values()].sort(
    (a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name),
  );
  return {
    people: sortedPeople,
    institutions: sortedInstitutions,
    ...conflictDomains(profile, sortedInstitutions, sortedPeople),
  };
}

/**
 * CMT domains: the owner's email domains, the institutions' (stored, else guessed from the owner's emails and
 * homepage), and co-authors' institutions' where known. Institutions get the guessed domain as well.
 */
function conflictDomains(
  profile: ProfileForConflicts,
  institutions: ConflictInstitution[],
  people: ConflictPerson[],
): { domains: string[]; notes: string[] } {
  const domains = new Set<string>();
  const notes: string[] = [];
  const ownHosts = (profile.emails ?? []).flatMap((e) => institutionHost(e.address) ?? []);
  const pageHosts = [profile.links?.homepage, ...(profile.links?.other ?? []).map((l) => l.url)].flatMap(
    (url) => institutionHost(url) ?? [],
  );
  for (const host of ownHosts) for (const d of hostAndRegistrable(host)) domains.add(d);
  const guess = (name: string) => {
    const host = [...ownHosts, ...pageHosts].find((h) => hostMatches(name, h));
    return host ? (getDomain(host) ?? host) : undefined;
  };
  for (const institution of institutions) {
    institution.domain ??= guess(institution.name);
    if (institution.domain) for (const d of hostAndRegistrable(institution.domain.toLowerCase())) domains.add(d);
    else {
      notes.push(
        `No web domain known for ${institution.name}: add it to that position or degree (or an email address there).`,
      );
    }
  }
  const byName = new Map(institutions.map((i) => [foldName(i.name), i.domain]));
  const unknown = new Set<string>();
  for (const person of people) {
    if (!person.kinds.has('coauthor') && !person.kinds.has('collaborator')) continue;
    const fromEmail = institutionHost(person.email);
    const domain = fromEmail
      ? (getDomain(fromEmail) ?? fromEmail)
      : person.affiliation
        ? (byName.get(foldName(person.affiliation)) ?? guess(person.affiliation))
        : undefined;
    if (domain) domains.add(domain.toLowerCase());
    else if (person.affiliation) unknown.add(person.affiliation);
  }
  if (unknown.size > 0) {
    notes.push(`No web domain known for co-authors' institutions: ${[...unknown].sort().join(', ')}.`);
  }
  return { domains: [...domains], notes };
}

export function formatHotcrp(set: ConflictSet): string {
  const lines = [
    ...set.institutions.map((i) => `All (${i.name})`),
    ...set.people.map((p) => (p.affiliation ? `${displayName(p.name)} (${p.affiliation})` : displayName(p.name))),
  ];
  return lines.join('\n');
}

/** CMT's domain conflicts field takes domains separated by semicolons. */
export function formatCmtDomains(set: ConflictSet): string {
  return set.domains.join('; ');
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

/**
 * NSF COA rows in the template's column order (type, name, organisational affiliation, optional email and
 * department, last active): one row per person under the strongest relation (G: > T: > A: > C:); an
 * undergraduate thesis advisor is not a G: and appears only as a co-author or collaborator of the window.
 */
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
