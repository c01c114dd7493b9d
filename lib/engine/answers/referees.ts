/**
 * Referee rows (issue #13): row i of a form's referee blocks gets the profile's referee i, or nothing. A referee
 * entry that carries the person's own name or email (a CV header read as a reference) is no referee, so the
 * person's own facts never land in a referee row.
 */
import type { Profile, Referee } from '../../profile/schema';
import { resolveName, splitName } from '../../values/names';
import { normaliseText } from '../../values/normalise';
import { none, text, type Answer, type AnswerTable } from './answer';

export type RefereeKind =
  | 'referee.name'
  | 'referee.given'
  | 'referee.family'
  | 'referee.title'
  | 'referee.institution'
  | 'referee.email'
  | 'referee.phone'
  | 'referee.relation';

/** The profile's referees, in order, without any entry that is the person themselves. */
export function refereesOf(profile: Profile): Referee[] {
  const ownEmails = new Set(profile.emails.map((e) => e.address.trim().toLowerCase()));
  const ownName = normaliseText(resolveName(profile.name).full);
  return (profile.referees ?? []).filter(
    (r) =>
      r.name.trim() !== '' &&
      !(r.email && ownEmails.has(r.email.trim().toLowerCase())) &&
      !(ownName && normaliseText(r.name).endsWith(ownName)),
  );
}

export function refereeAnswer(kind: RefereeKind, row: number, profile: Profile): Answer {
  const all = refereesOf(profile);
  const r = all[row];
  if (!r) {
    const count = all.length ? `has ${all.length} referee${all.length > 1 ? 's' : ''}` : 'has no referees';
    return none(`about another person: the profile ${count}, this is referee row ${row + 1}`);
  }
  const what = `referee ${row + 1}`;
  switch (kind) {
    case 'referee.name':
      return text(r.name, `no name for ${what}`);
    case 'referee.given':
      return text(splitName(r.name).given, `no given name for ${what}`);
    case 'referee.family':
      return text(splitName(r.name).family, `no family name for ${what}`);
    case 'referee.title':
      return text(r.title, `no position or title for ${what}`);
    case 'referee.institution':
      return text(r.institution, `no institution for ${what}`);
    case 'referee.email':
      return text(r.email, `no email for ${what}`);
    case 'referee.phone':
      return text(r.phone, `no phone for ${what}`);
    case 'referee.relation':
      return text(r.relation, `no relationship for ${what}`);
  }
}

const referee = ({ kind, row, profile }: { kind: RefereeKind; row: number; profile: Profile }) =>
  refereeAnswer(kind, row, profile);

export const REFEREE_ANSWERS = {
  'referee.name': referee,
  'referee.given': referee,
  'referee.family': referee,
  'referee.title': referee,
  'referee.institution': referee,
  'referee.email': referee,
  'referee.phone': referee,
  'referee.relation': referee,
} satisfies Partial<AnswerTable>;
