/**
 * Bios written from the structured profile alone, in the first or third person, at a target length (issue #15).
 *
 * The first sentence says who the person is now: the current role and institution, else the degree under way, else
 * the latest degree and where ("received a Ph.D. in … from … in 2025"). Then, as the length allows: earlier
 * degrees, research interests, publications (counts that say what they count) and venues, selected papers, service
 * and awards. Each part comes in a short and a long form; the draft takes the short forms in order of importance,
 * then lengthens them, aiming at the target and never passing it by more than 15 %. When the profile holds too
 * little for the length asked, the draft is shorter and `draftBioReport` says so: it never pads.
 */
import type { Award, Education, Position, Profile, Publication, Service } from '../profile/schema';
import { dateParts } from '../profile/dates';
import { ownerParts } from './names';
import { isPeerReviewed, selectPublications } from './publications-select';

export type BioPerson = 'first' | 'third';
export const BIO_LENGTHS = [50, 100, 200] as const;
/** A draft counts as the length asked when within this share of it. */
export const BIO_TOLERANCE = 0.15;

export interface BioOptions {
  words?: number;
  person?: BioPerson;
}

export interface BioReport {
  text: string;
  words: number;
  target: number;
  /** Set when the profile holds too little for the length asked (the draft is shorter, not padded). */
  short?: string;
}

type ProfileForBio = Pick<
  Profile,
  'name' | 'positions' | 'education' | 'interests' | 'keywords' | 'publications' | 'awards' | 'service' | 'grants'
>;

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Letters whose names start with a vowel sound: "an M.S.", "an IEEE", "an NSF", "an R01". */
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** "a" or "an" before `phrase`, reading acronyms letter by letter ("an M.S.", "a Ph.D.", "an IEEE Fellowship"). */
export function article(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/\s+/)[0] ?? '';
  const acronym = /^([A-Z][a-z]?\.)+[A-Za-z]?\.?$/.test(word) || /^[A-Z][A-Z0-9&/-]+\b/.test(word);
  if (acronym) return VOWEL_SOUND_LETTERS.has(word.charAt(0)) ? 'an' : 'a';
  if (/^(hour|honou?r|honest|heir)/i.test(word)) return 'an';
  if (/^(uni|use|usu|eu|one|once|ewe)/i.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function withArticle(phrase: string): string {
  return `${article(phrase)} ${phrase}`;
}

function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "University of X" reads "the University of X"; "Stanford University" and "The Chinese University…" do not. */
export function withThe(name: string): string {
  return /^(university|institute|department|school|college|laboratory|centre|center|national|max planck)\b/i.test(
    name,
  ) && !/^the /i.test(name)
    ? `the ${name}`
    : name;
}

/** Words that keep their capital inside a sentence (people's names in method names, places). */
const PROPER_WORDS =
  /^(Bayes|Bayesian|Markov|Gaussian|Monte|Carlo|Euclidean|Riemannian|Boolean|Fourier|Newton|Lagrangian|Hamiltonian|Hilbert|Banach|Kalman|Laplace|Nash|Turing|Shannon|Pareto|Wasserstein|Hong|Kong|China|Chinese|English|Africa|African|Asia|Asian|Europe|European|America|American|Arctic|Antarctic|Atlantic|Pacific|Internet|Web|Android|Linux|Python)$/;

/** "Graph Neural Networks" → "graph neural networks" inside a sentence; acronyms and proper names keep their case. */
export function inSentence(term: string): string {
  return term
    .split(/(\s+|-)/)
    .map((word) => (/^[A-Z][a-z]+$/.test(word) && !PROPER_WORDS.test(word) ? word.toLowerCase() : word))
    .join('');
}

interface Voice {
  /** "Mira Okonkwo" / "I" for the first sentence. */
  first: string;
  /** "She" / "Dr. Okonkwo" / "I" later on. */
  subject: string;
  /** "her" / "Dr. Okonkwo's" / "my". */
  possessive: string;
  /** Possessive for a degree: "her Ph.D." with a pronoun, "a Ph.D." with a name. */
  degreeOwner: (degree: string) => string;
  be: string;
  have: string;
  /** Third person singular verbs take an -s: "serves", "holds". */
  s: boolean;
}

function voiceFor(profile: ProfileForBio, person: BioPerson): Voice {
  if (person === 'first') {
    return {
      first: 'I',
      subject: 'I',
      possessive: 'my',
      degreeOwner: (d) => `my ${d}`,
      be: 'am',
      have: 'have',
      s: false,
    };
  }
  const owner = ownerParts(profile.name);
  const full =
    profile.name.full ??
    (owner ? [profile.name.preferred ?? owner.given, owner.family].filter(Boolean).join(' ') : 'The author');
  const pronoun = (profile.name.pronouns ?? '').toLowerCase();
  const pronouns: [string, string, boolean][] = [
    ['she', 'her', true],
    ['he', 'his', true],
    ['they', 'their', false],
  ];
  const found = pronouns.find(([p]) => new RegExp(`^${p}\\b`).test(pronoun));
  if (found) {
    const [subject, possessive, singular] = found;
    return {
      first: full,
      subject: cap(subject),
      possessive,
      degreeOwner: (d) => `${possessive} ${d}`,
      be: singular ? 'is' : 'are',
      have: singular ? 'has' : 'have',
      s: singular,
    };
  }
  // No pronouns stored: the name, never a guessed pronoun.
  const surname = owner ? `${profile.name.honorific ? `${profile.name.honorific} ` : ''}${owner.family}` : full;
  return {
    first: full,
    subject: surname,
    possessive: `${surname}'s`,
    degreeOwner: withArticle,
    be: 'is',
    have: 'has',
    s: true,
  };
}

/** "serve" → "serves" in the third person singular. */
function verb(v: Voice, base: string): string {
  return v.s ? (base.endsWith('s') || base.endsWith('sh') ? `${base}es` : `${base}s`) : base;
}

function isOpen(end: string | undefined): boolean {
  return end === undefined || end === 'present';
}

function currentPosition(positions: readonly Position[]): Position | undefined {
  return [...positions]
    .filter((p) => isOpen(p.end) && p.title.trim() !== '')
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
}

function yearOf(date: string | undefined): number | undefined {
  return date && date !== 'present' ? dateParts(date)?.year : undefined;
}

function sameInstitution(a: string, b: string): boolean {
  const fold = (t: string) =>
    t
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return fold(a) === fold(b);
}

/** "the Department of X at Y" / "its Department of X" (after the institution was named) / "Y". */
function affiliationPhrase(p: Position, institutionNamed: boolean): string {
  const department = p.department?.replace(/^the /i, '');
  if (institutionNamed) return department ? `its ${department}` : withThe(p.institution);
  return department ? `the ${department} at ${withThe(p.institution)}` : withThe(p.institution);
}

function degreePhrase(e: Education): string {
  return `${e.degree}${e.field ? ` in ${e.field}` : ''}`;
}

/** A part of the bio in one or more forms, shortest first. */
interface Part {
  /** Lower is more important: taken first, lengthened first. */
  rank: number;
  /** Position in the finished text. */
  order: number;
  forms: string[];
}

/** "IEEE INFOCOM 2024" → "IEEE INFOCOM"; "ICML 2023, 1st Workshop on …" → the workshop stays whole. */
function venueName(venue: string): string {
  return venue.replace(/\s*[,(]?\s*\b(19|20)\d{2}\)?\s*$/, '').trim();
}

/** " (2024)" unless the text already names that year. */
function yearSuffix(text: string, year: number | undefined): string {
  return year !== undefined && !text.includes(String(year)) ? ` (${year})` : '';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SERVICE_ROLE_WORDS: Record<Service['role'], string> = {
  reviewer: 'reviewer',
  'pc-member': 'program committee member',
  'senior-pc-member': 'senior program committee member',
  'area-chair': 'area chair',
  'senior-area-chair': 'senior area chair',
  editor: 'editor',
  'associate-editor': 'associate editor',
  'guest-editor': 'guest editor',
  organiser: 'organiser',
  chair: 'chair',
  other: 'member',
};

function awardPhrase(a: Award, long: boolean): string {
  const title = a.title.replace(/^the /i, '');
  const from = long && a.awarder ? ` from ${withThe(a.awarder)}` : '';
  const text = `the ${title}${from}`;
  return `${text}${yearSuffix(text, yearOf(a.date))}`;
}

function parts(profile: ProfileForBio, v: Voice): Part[] {
  const out: Part[] = [];
  const position = currentPosition(profile.positions);
  // An open position without a title: the affiliation a CV's header states (department and institution).
  const affiliation = position ? undefined : profile.positions.find((p) => isOpen(p.end) && !p.title.trim());
  const ongoing = profile.education.find((e) => isOpen(e.end));
  const finished = profile.education
    .filter((e) => !isOpen(e.end))
    .sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''));
  const latest = finished[0];

  // 1. Who and where now.
  let degreesLeft = finished;
  if (position) {
    const where = position.department
      ? `the ${position.department.replace(/^the /i, '')} at ${withThe(position.institution)}`
      : withThe(position.institution);
    out.push({
      rank: 0,
      order: 0,
      forms: [`${v.first} ${v.be} ${withArticle(position.title)} ${position.department ? 'in' : 'at'} ${where}.`],
    });
  } else if (ongoing) {
    out.push({
      rank: 0,
      order: 0,
      forms: [
        `${v.first} ${v.be} ${withArticle(ongoing.degree)} student${ongoing.field ? ` in ${ongoing.field}` : ''} at ${withThe(ongoing.institution)}.`,
      ],
    });
  } else if (affiliation && !(latest && sameInstitution(latest.institution, affiliation.institution))) {
    // A current affiliation without a role (a CV's header): where the person is, then the degrees.
    out.push({ rank: 0, order: 0, forms: [`${v.first} ${v.be} with ${affiliationPhrase(affiliation, false)}.`] });
  } else if (latest) {
    const year = yearOf(latest.end);
    const base = `${v.first} received ${v.degreeOwner(degreePhrase(latest))} from ${withThe(latest.institution)}${year ? ` in ${year}` : ''}`;
    const advised = latest.advisors.length > 0 ? `, advised by ${listJoin(latest.advisors)}` : '';
    // The header's department at the same institution: "… in 2025, and is with its Department of …".
    const still = affiliation?.department ? `, and ${v.be} with ${affiliationPhrase(affiliation, true)}` : '';
    out.push({ rank: 0, order: 0, forms: [`${base}${still}.`, `${base}${advised}${still}.`] });
    if (latest.thesisTitle) {
      out.push({
        rank: 8,
        order: 0.5,
        forms: [`${cap(v.possessive)} thesis was “${latest.thesisTitle.replace(/[.]$/, '')}”.`],
      });
    }
    degreesLeft = finished.slice(1);
  } else {
    out.push({ rank: 0, order: 0, forms: [`${v.first} ${v.be} a researcher.`] });
  }

  // 2. Degrees not named yet.
  if (degreesLeft.length > 0) {
    const first = degreesLeft === finished;
    const named = degreesLeft.map((e, i) => {
      const year = yearOf(e.end);
      // "She received her Ph.D. … in 2020 and a B.Sc. … (2015)": the degree after a position is told in full.
      if (first && i === 0) {
        return `${v.degreeOwner(degreePhrase(e))} from ${withThe(e.institution)}${year ? ` in ${year}` : ''}`;
      }
      return `${withArticle(degreePhrase(e))} from ${withThe(e.institution)}${year ? ` (${year})` : ''}`;
    });
    const lead = first ? `${v.subject} received` : `${v.subject} also ${verb(v, 'hold')}`;
    out.push({
      rank: 3,
      order: 1,
      forms: [`${lead} ${named[0] ?? ''}.`, ...(named.length > 1 ? [`${lead} ${listJoin(named)}.`] : [])],
    });
  }

  // 3. Research interests.
  const interests = [...profile.interests, ...profile.keywords.filter((k) => !profile.interests.includes(k))].map(
    inSentence,
  );
  if (interests.length > 0) {
    const lead = `${cap(v.possessive)} research ${interests.length > 1 ? 'interests include' : 'focuses on'}`;
    const forms = [2, 4, interests.length]
      .filter((n, i, all) => n <= interests.length && all.indexOf(n) === i)
      .map((n) => `${lead} ${listJoin(interests.slice(0, n))}.`);
    if (forms.length === 0) forms.push(`${lead} ${listJoin(interests)}.`);
    out.push({ rank: 1, order: 2, forms: [...new Set(forms)] });
  }

  // 4. Publications: counts that say what they count, and venues.
  const pubs = selectPublications(profile);
  const papers = pubs.filter((p) => p.type !== 'thesis' && p.type !== 'patent' && p.type !== 'book');
  const reviewed = papers.filter(isPeerReviewed);
  if (papers.length > 0) {
    const counted =
      reviewed.length === papers.length
        ? `${plural(papers.length, 'peer-reviewed paper')}`
        : reviewed.length === 0
          ? `${plural(papers.length, 'paper')}, none peer-reviewed yet`
          : `${plural(papers.length, 'paper')}, ${reviewed.length} of them peer-reviewed`;
    const lead = `${v.subject} ${v.have} authored ${counted}`;
    const picked = pubs.filter((p) => p.selected && isPeerReviewed(p));
    const venueSource = (picked.length > 0 ? picked : reviewed).filter((p) => p.venue);
    // Main-track venues first: a workshop's long name says less than a conference's.
    const ordered = [
      ...venueSource.filter((p) => p.type !== 'workshop'),
      ...venueSource.filter((p) => p.type === 'workshop'),
    ];
    const venues = [...new Set(ordered.map((p) => venueName(p.venue ?? '')).filter(Boolean))];
    const forms = [`${lead}.`];
    if (venues.length > 0) forms.push(`${lead}, in venues including ${listJoin(venues.slice(0, 3))}.`);
    if (venues.length > 3) forms.push(`${lead}, in venues including ${listJoin(venues.slice(0, 5))}.`);
    out.push({ rank: 2, order: 3, forms });
  }

  // 5. Selected publications by title.
  const selected = pubs.filter((p) => p.selected);
  const showcase = (selected.length > 0 ? selected : [...reviewed, ...papers.filter((p) => !isPeerReviewed(p))])
    .filter((p) => p.title)
    .slice(0, 3);
  if (showcase.length > 0) {
    const cite = (p: Publication) => {
      const where = p.venue ? venueName(p.venue) : p.arxiv ? `arXiv:${p.arxiv}` : '';
      const when = p.year !== undefined && !where.includes(String(p.year)) ? String(p.year) : '';
      const paren = [where, when].filter(Boolean).join(', ');
      return `“${p.title.replace(/[.]$/, '')}”${paren ? ` (${paren})` : ''}`;
    };
    const lead = selected.length > 0 ? 'Selected publications include' : 'Recent publications include';
    out.push({
      rank: 4,
      order: 4,
      forms: [1, 2, 3]
        .filter((n) => n <= showcase.length)
        .map((n) => `${lead} ${listJoin(showcase.slice(0, n).map(cite))}.`),
    });
  }

  // 6. Service, grouped by role.
  if (profile.service.length > 0) {
    const byRole = new Map<Service['role'], string[]>();
    for (const s of profile.service) {
      const venues = byRole.get(s.role) ?? [];
      if (!venues.includes(s.venue)) venues.push(s.venue);
      byRole.set(s.role, venues);
    }
    const phrase = (limit: number) =>
      [...byRole].map(([role, venues]) => {
        const shown = venues.slice(0, limit);
        const more = venues.length - shown.length;
        return `${SERVICE_ROLE_WORDS[role]} for ${listJoin(more > 0 ? [...shown, plural(more, 'other venue')] : shown)}`;
      });
    const count = profile.service.length;
    out.push({
      rank: 5,
      order: 5,
      forms: [
        `${v.subject} ${v.have} served as ${phrase(2).map(withArticle).join(', and as ')}.`,
        `${v.subject} ${v.have} served as ${phrase(count).map(withArticle).join(', and as ')}.`,
      ],
    });
  }

  // 7. Awards, newest first.
  const awards = [...profile.awards].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  if (awards.length > 0) {
    const lead = `${cap(v.possessive)} ${awards.length > 1 ? 'awards include' : 'honours include'}`;
    const forms = [1, 2, 3]
      .filter((n) => n <= awards.length)
      .flatMap((n) =>
        [false, true].map((long) => `${lead} ${listJoin(awards.slice(0, n).map((a) => awardPhrase(a, long)))}.`),
      );
    out.push({ rank: 6, order: 6, forms: [...new Set(forms)].sort((a, b) => countWords(a) - countWords(b)) });
  }

  // 8. The previous position, when a current one opened the bio.
  const previous = profile.positions
    .filter((p) => p !== position && !isOpen(p.end))
    .sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  if (previous && position) {
    const who = v.first === 'I' ? 'I' : ['She', 'He', 'They'].includes(v.subject) ? v.subject.toLowerCase() : v.subject;
    out.push({
      rank: 3.5,
      order: 1.5,
      forms: [
        `Before joining ${withThe(position.institution)}, ${who} ${v.be === 'are' ? 'were' : 'was'} ${withArticle(previous.title)} at ${withThe(previous.institution)}.`,
      ],
    });
  }

  // 9. Grants.
  const funders = [...new Set(profile.grants.flatMap((g) => (g.funder ? [g.funder] : [])))];
  if (funders.length > 0) {
    out.push({
      rank: 7,
      order: 7,
      forms: [`${cap(v.possessive)} research is supported by ${listJoin(funders.slice(0, 3).map(withThe))}.`],
    });
  }
  return out;
}

/**
 * Fit parts to the target: the short form of each part in order of importance while it fits, then longer forms
 * while the total stays at most the target; up to 15 % over it only when that leaves the draft too short.
 */
function fit(all: Part[], target: number): Map<Part, number> {
  const lower = Math.ceil(target * (1 - BIO_TOLERANCE));
  const upper = Math.floor(target * (1 + BIO_TOLERANCE));
  const chosen = new Map<Part, number>();
  let words = 0;
  const size = (part: Part, form: number) => countWords(part.forms[form] ?? '');
  for (const limit of [target, upper]) {
    // Past the target only when the draft would otherwise fall short of the length asked.
    if (limit === upper && words >= lower) break;
    for (const part of all) {
      const n = size(part, 0);
      if (!chosen.has(part) && words + n <= limit) {
        chosen.set(part, 0);
        words += n;
      }
    }
    // One step longer at a time, part by part in order of importance, so that detail spreads over the parts.
    for (let grew = true; grew;) {
      grew = false;
      for (const part of all) {
        const current = chosen.get(part);
        if (current === undefined || current + 1 >= part.forms.length) continue;
        const delta = size(part, current + 1) - size(part, current);
        if (words + delta <= limit) {
          chosen.set(part, current + 1);
          words += delta;
          grew = true;
        }
      }
    }
  }
  return chosen;
}

/** The bio and how it measures up to the length asked. */
export function draftBioReport(profile: ProfileForBio, options: BioOptions = {}): BioReport {
  const target = Math.max(10, Math.floor(options.words ?? 100));
  const voice = voiceFor(profile, options.person ?? 'third');
  const all = parts(profile, voice).sort((a, b) => a.rank - b.rank);
  const chosen = fit(all, target);
  if (chosen.size === 0 && all[0]) {
    // Even the first sentence is too long: cut it at the limit.
    const words = (all[0].forms[0] ?? '').split(/\s+/).slice(0, target);
    const text = `${words.join(' ').replace(/[.,;:]$/, '')}…`;
    return { text, words: countWords(text), target };
  }
  const text = [...chosen]
    .sort(([a], [b]) => a.order - b.order)
    .map(([part, form]) => part.forms[form] ?? '')
    .join(' ');
  const words = countWords(text);
  const lower = Math.ceil(target * (1 - BIO_TOLERANCE));
  return words < lower
    ? {
        text,
        words,
        target,
        short: `Your profile holds enough for about ${words} words, not ${target}: add positions, interests, publications, service or awards for a longer bio.`,
      }
    : { text, words, target };
}

/** A bio of about `words` words (default 100; at most 15 % over) from the structured profile. */
export function draftBio(profile: ProfileForBio, options: BioOptions = {}): string {
  return draftBioReport(profile, options).text;
}
