/**
 * Bio drafts written from the structured profile (current position, degree, interests, recent highlights) at about
 * a target number of words, in the first or third person. Sentences are ranked by what a reader needs first and
 * added while they fit, so a draft never runs over its target; the user edits and saves the one they like.
 */
import type { Education, Position, Profile } from '../profile/schema';
import { dateParts } from '../profile/dates';
import { ownerParts } from './names';
import { selectPublications } from './publications-select';

export type BioPerson = 'first' | 'third';
export const BIO_LENGTHS = [50, 100, 200] as const;

export interface BioOptions {
  words?: number;
  person?: BioPerson;
}

type ProfileForBio = Pick<
  Profile,
  'name' | 'positions' | 'education' | 'interests' | 'keywords' | 'publications' | 'awards' | 'service' | 'grants'
>;

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|eu|one)/i.test(word) ? 'an' : 'a';
}

function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

interface Voice {
  /** "Mira Okonkwo" / "I" for the first sentence. */
  first: string;
  /** "She" / "Dr. Okonkwo" / "I" later on. */
  subject: string;
  /** "her" / "Dr. Okonkwo's" / "my". */
  possessive: string;
  /** Verb forms: is/am, has/have, was/was. */
  be: string;
  have: string;
  was: string;
  third: boolean;
  /** A pronoun (or "I") stands for the person after the first sentence. */
  pronoun: boolean;
}

function voiceFor(profile: ProfileForBio, person: BioPerson): Voice {
  if (person === 'first')
    return {
      first: 'I',
      subject: 'I',
      possessive: 'my',
      be: 'am',
      have: 'have',
      was: 'was',
      third: false,
      pronoun: true,
    };
  const owner = ownerParts(profile.name);
  const full =
    profile.name.full ??
    (owner ? [profile.name.preferred ?? owner.given, owner.family].filter(Boolean).join(' ') : 'The author');
  const pronoun = (profile.name.pronouns ?? '').toLowerCase();
  const surname = owner ? `${profile.name.honorific ? `${profile.name.honorific} ` : ''}${owner.family}` : full;
  if (pronoun.startsWith('she'))
    return {
      first: full,
      subject: 'She',
      possessive: 'her',
      be: 'is',
      have: 'has',
      was: 'was',
      third: true,
      pronoun: true,
    };
  if (pronoun.startsWith('he'))
    return {
      first: full,
      subject: 'He',
      possessive: 'his',
      be: 'is',
      have: 'has',
      was: 'was',
      third: true,
      pronoun: true,
    };
  if (pronoun.startsWith('they'))
    return {
      first: full,
      subject: 'They',
      possessive: 'their',
      be: 'are',
      have: 'have',
      was: 'were',
      third: true,
      pronoun: true,
    };
  return {
    first: full,
    subject: surname,
    possessive: `${surname}'s`,
    be: 'is',
    have: 'has',
    was: 'was',
    third: true,
    pronoun: false,
  };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Open-ended positions first, then the latest start (as lib/profile/create.ts's currentPosition, which this module
 * does not import so that the popup does not load the schema module with it).
 */
function currentPosition(positions: readonly Position[]): Position | undefined {
  const open = (p: Position) => (p.end === undefined || p.end === 'present' ? 1 : 0);
  return [...positions].sort((a, b) => open(b) - open(a) || (b.start ?? '').localeCompare(a.start ?? ''))[0];
}

function degreeOrder(e: Education): string {
  return e.end && e.end !== 'present' ? e.end : '9999';
}

interface Sentence {
  /** Lower is more important. */
  rank: number;
  /** Position in the finished text. */
  order: number;
  text: string;
}

function sentences(profile: ProfileForBio, v: Voice): Sentence[] {
  const out: Sentence[] = [];
  const position = currentPosition(profile.positions);
  const ongoing = profile.education.filter((e) => e.end === undefined || e.end === 'present');
  const finished = profile.education
    .filter((e) => e.end !== undefined && e.end !== 'present')
    .sort((a, b) => degreeOrder(b).localeCompare(degreeOrder(a)));

  // 1. Who and where.
  let identity: string;
  if (position && (position.end === undefined || position.end === 'present')) {
    const where = position.department
      ? `the ${position.department.replace(/^the /i, '')} at ${withThe(position.institution)}`
      : withThe(position.institution);
    identity = `${v.first} ${v.be} ${article(position.title)} ${position.title} in ${where}.`;
    if (!position.department) identity = `${v.first} ${v.be} ${article(position.title)} ${position.title} at ${where}.`;
  } else if (ongoing[0]) {
    const e = ongoing[0];
    identity = `${v.first} ${v.be} ${article(e.degree)} ${e.degree} student${e.field ? ` in ${e.field}` : ''} at ${withThe(e.institution)}.`;
  } else {
    identity = `${v.first} ${v.be} a researcher.`;
  }
  out.push({ rank: 0, order: 0, text: identity });

  // 2. Research interests.
  const interests = profile.interests.slice(0, 4);
  if (interests.length > 0) {
    const text = v.third
      ? `${cap(v.possessive)} research focuses on ${listJoin(interests)}.`
      : `My research focuses on ${listJoin(interests)}.`;
    out.push({ rank: 1, order: 1, text });
  }

  // 3. Highest finished degree.
  const top = finished[0];
  if (top) {
    const year = dateParts(top.end)?.year;
    const advisors = top.advisors.length > 0 ? `, advised by ${listJoin(top.advisors)}` : '';
    out.push({
      rank: 2,
      order: 2,
      text: `${v.subject} received ${v.pronoun ? v.possessive : article(top.degree)} ${top.degree}${top.field ? ` in ${top.field}` : ''} from ${withThe(top.institution)}${year ? ` in ${year}` : ''}${advisors}.`,
    });
  }

  // 4. Recent highlights: venues of selected (else recent) publications.
  const pubs = selectPublications(profile, { includeInSubmission: false });
  const highlighted = pubs.filter((p) => p.selected);
  const venues = [
    ...new Set((highlighted.length > 0 ? highlighted : pubs).flatMap((p) => (p.venue ? [p.venue] : []))),
  ].slice(0, 3);
  if (venues.length > 0) {
    out.push({
      rank: 3,
      order: 4,
      text: `${cap(v.possessive)} work has appeared in ${listJoin(venues)}.`,
    });
  }

  // 5. Awards.
  const awards = [...profile.awards].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 2);
  if (awards.length > 0) {
    const named = awards.map(
      (a) =>
        `the ${a.title.replace(/^the /i, '')}${a.awarder ? ` from ${withThe(a.awarder)}` : ''}${a.date ? ` (${dateParts(a.date)?.year ?? a.date})` : ''}`,
    );
    out.push({ rank: 4, order: 5, text: `${v.subject} ${v.have} received ${listJoin(named)}.` });
  }

  // 6. Previous position.
  const previous = profile.positions
    .filter((p) => p !== position && p.end !== undefined && p.end !== 'present')
    .sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  if (previous && position) {
    out.push({
      rank: 5,
      order: 3,
      text: `Before joining ${withThe(position.institution)}, ${v.third ? pronounOrName(v) : 'I'} ${v.was} ${article(previous.title)} ${previous.title} at ${withThe(previous.institution)}.`,
    });
  }

  // 7. Publication count, keywords, service, other degrees, grants.
  if (pubs.length >= 5) {
    out.push({ rank: 6, order: 6, text: `${v.subject} ${v.have} authored ${pubs.length} publications.` });
  }
  if (profile.keywords.length > 0) {
    out.push({
      rank: 7,
      order: 1.5,
      text: `${cap(v.possessive)} current projects include ${listJoin(profile.keywords.slice(0, 3))}.`,
    });
  }
  const service = profile.service.slice(0, 2);
  if (service.length > 0) {
    const roles = service.map((s) => `${s.role.replace(/-/g, ' ')} for ${s.venue}`);
    out.push({ rank: 8, order: 7, text: `${v.subject} ${v.be === 'is' ? 'serves' : 'serve'} as ${listJoin(roles)}.` });
  }
  const earlier = finished[1];
  if (earlier) {
    out.push({
      rank: 9,
      order: 2.5,
      text: `${v.subject} also ${v.be === 'is' ? 'holds' : 'hold'} ${article(earlier.degree)} ${earlier.degree}${earlier.field ? ` in ${earlier.field}` : ''} from ${withThe(earlier.institution)}.`,
    });
  }
  const grants = profile.grants.flatMap((g) => (g.funder ? [g.funder] : [])).slice(0, 2);
  if (grants.length > 0) {
    out.push({
      rank: 10,
      order: 6.5,
      text: `${cap(v.possessive)} work is supported by ${listJoin([...new Set(grants)].map(withThe))}.`,
    });
  }
  return out;
}

function pronounOrName(v: Voice): string {
  return ['She', 'He', 'They'].includes(v.subject) ? v.subject.toLowerCase() : v.subject;
}

/** "University of X" reads "the University of X"; "Stanford University" does not take "the". */
function withThe(name: string): string {
  return /^(university|institute|department|school|college|laboratory|centre|center|national|max planck)\b/i.test(
    name,
  ) && !/^the /i.test(name)
    ? `the ${name}`
    : name;
}

/** A bio of at most `words` words (default 100) from the structured profile. */
export function draftBio(profile: ProfileForBio, options: BioOptions = {}): string {
  const limit = Math.max(10, Math.floor(options.words ?? 100));
  const voice = voiceFor(profile, options.person ?? 'third');
  const ranked = sentences(profile, voice).sort((a, b) => a.rank - b.rank);
  const chosen: Sentence[] = [];
  let used = 0;
  for (const sentence of ranked) {
    const n = countWords(sentence.text);
    if (used + n > limit) continue;
    chosen.push(sentence);
    used += n;
  }
  if (chosen.length === 0 && ranked[0]) {
    // Even the first sentence is too long: cut it at the limit.
    const words = ranked[0].text.split(/\s+/).slice(0, limit);
    return `${words.join(' ').replace(/[.,;:]$/, '')}…`;
  }
  return chosen
    .sort((a, b) => a.order - b.order)
    .map((s) => s.text)
    .join(' ');
}
