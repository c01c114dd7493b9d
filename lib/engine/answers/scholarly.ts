/**
 * The scholar: homepage and scholarly ids (a URL or a bare id, as the field wants), research interests and keyword
 * rows, bios, publication lists in the chosen style, and conflict-of-interest people and domains.
 */
import type { FieldDescriptor } from '../types';
import type { Profile } from '../../profile/schema';
import type { PublicationStyle } from '../../format/publication-style';
import { websiteRows } from '../../profile/views';
import { SCHOLAR_IDS, serviceOfFieldKind } from '../../values/scholar-ids';
import { joinList, pickFitting } from '../../values/fit';
import { formatPublicationList } from '../../format/publications';
import { selectPublications } from '../../format/publications-select';
import { collectConflicts, DEFAULT_CONFLICT_MONTHS } from '../../format/conflicts';
import { displayName } from '../../format/names';
import { fieldWords } from '../field-text';
import { none, text, type Answer, type AnswerQuery, type AnswerTable } from './answer';
import { listAnswer } from './shared';

type ScholarKind =
  | 'orcid.url'
  | 'orcid.id'
  | 'scholar.url'
  | 'scholar.id'
  | 'dblp.url'
  | 'dblp.id'
  | 'semanticScholar.url'
  | 'semanticScholar.id'
  | 'openReview.url'
  | 'openReview.id'
  | 'github.url'
  | 'github.id'
  | 'linkedin.url'
  | 'linkedin.id';

/** The kind names the service and the form the field wants: "dblp.id" → DBLP pid, "orcid.url" → ORCID URL. */
function scholarAnswer({ kind, profile }: AnswerQuery<ScholarKind>): Answer {
  const link = serviceOfFieldKind(kind);
  if (!link) return none('not a scholar id');
  const { service, form: as } = link;
  const stored = profile.links[service];
  if (!stored) return none(`no ${service} id in the profile`);
  const handler = SCHOLAR_IDS[service];
  const id = handler.parse(stored);
  if (!id) return none(`the stored ${service} id is not valid`);
  return text(as === 'url' ? handler.url(id) : id, 'no value');
}

// ---- research keywords -------------------------------------------------------------------------------------

export function keywordAnswer(row: number, profile: Profile): Answer {
  const items = [...new Set([...profile.interests, ...profile.keywords].map((i) => i.trim()).filter(Boolean))];
  return text(items[row], `the profile has ${items.length} research interests, this is row ${row + 1}`);
}

// ---- publications ------------------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** "your five most significant publications", "(max 3)", "up to ten papers" → 5, 3, 10; undefined when no count. */
export function countInLabel(words: string): number | undefined {
  const m = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(words.toLowerCase());
  if (!m?.[1]) return undefined;
  return NUMBER_WORDS[m[1]] ?? Number(m[1]);
}

/**
 * A publication list for a textarea: as many entries as the label asks (all for a plain "Publications"), the
 * selected ones first, then the most recent, formatted in the style set in the options.
 */
export function publicationsAnswer(
  kind: 'publications.list' | 'publications.selected',
  labelWords: string,
  field: FieldDescriptor,
  profile: Profile,
  style: PublicationStyle,
): Answer {
  const newestFirst = selectPublications(profile);
  if (!newestFirst.length) return none('no publications in the profile');
  const asked = countInLabel(labelWords) ?? (kind === 'publications.selected' ? 5 : undefined);
  const ordered = [...newestFirst.filter((p) => p.selected), ...newestFirst.filter((p) => !p.selected)];
  const chosen = asked === undefined ? ordered : ordered.slice(0, asked);
  // A one-line box cannot hold a list: plain text, entries joined.
  const formatStyle: PublicationStyle = field.control === 'input' && style !== 'plain' ? 'plain' : style;
  let list = formatPublicationList({ name: profile.name, publications: chosen }, formatStyle);
  // Fit whole entries into a maxlength: drop the last ones rather than cut one in half.
  let n = chosen.length;
  while (field.maxLength !== undefined && list.text.length > field.maxLength && n > 1) {
    n -= 1;
    list = formatPublicationList({ name: profile.name, publications: chosen.slice(0, n) }, formatStyle);
  }
  return text(list.text, 'no publications fit');
}

// ---- conflicts ---------------------------------------------------------------------------------------------

const WEBMAIL =
  /(^|\.)(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|qq|163|126|sina|foxmail|gmx|web|yandex|mail)\.\w+(\.\w+)?$/;

/** CMT "Domain conflicts": the person's work email domains and their institutions' domains in the window. */
export function conflictDomains(
  profile: Profile,
  now: Date,
  months: number = DEFAULT_CONFLICT_MONTHS['cmt-domains'],
): string[] {
  const set = collectConflicts(profile, { months, now });
  const fromEmails = profile.emails
    .filter((e) => e.kind !== 'personal')
    .map((e) => e.address.split('@')[1]?.toLowerCase() ?? '')
    .filter((d) => d && !WEBMAIL.test(d));
  const fromInstitutions = set.institutions.flatMap((i) => (i.domain ? [i.domain.toLowerCase()] : []));
  const all = [...new Set([...fromEmails, ...fromInstitutions])];
  // CMT matches domains by suffix: "cs.example.edu" adds nothing next to "example.edu".
  return all.filter((d) => !all.some((other) => other !== d && d.endsWith(`.${other}`)));
}

function bioAnswer({ kind, field, profile }: AnswerQuery<'bio.short' | 'bio.long'>): Answer {
  if (!profile.bios.length) return none('no bio in the profile');
  if (kind === 'bio.long')
    return text(
      pickFitting(
        profile.bios.map((b) => b.text),
        field.maxLength,
      ),
      'no bio fits',
    );
  // A short bio: the variant named short if it fits, else the shortest that fits, else the shortest cut.
  const limit = field.maxLength ?? 1_000;
  const named = profile.bios.find((b) => /short|brief|kurz|court/i.test(b.name) && b.text.length <= limit);
  if (named) return text(named.text, 'no bio');
  const shortest = [...profile.bios].sort((a, b) => a.text.length - b.text.length).map((b) => b.text);
  return text(shortest.find((t) => t.length <= limit) ?? pickFitting(shortest, limit), 'no bio fits');
}

const publications = ({
  kind,
  field,
  profile,
  publicationStyle,
}: AnswerQuery<'publications.list' | 'publications.selected'>) =>
  publicationsAnswer(kind, fieldWords(field), field, profile, publicationStyle ?? 'plain');

export const SCHOLARLY_ANSWERS = {
  homepage: ({ profile }) => text(profile.links.homepage, 'no homepage in the profile'),
  'orcid.url': scholarAnswer,
  'orcid.id': scholarAnswer,
  'scholar.url': scholarAnswer,
  'scholar.id': scholarAnswer,
  'dblp.url': scholarAnswer,
  'dblp.id': scholarAnswer,
  'semanticScholar.url': scholarAnswer,
  'semanticScholar.id': scholarAnswer,
  'openReview.url': scholarAnswer,
  'openReview.id': scholarAnswer,
  'github.url': scholarAnswer,
  'github.id': scholarAnswer,
  'linkedin.url': scholarAnswer,
  'linkedin.id': scholarAnswer,
  'website.url': ({ row, profile }) => text(websiteRows(profile)[row], `the profile has no link ${row + 1}`),
  'research.keyword': ({ row, profile }) => keywordAnswer(row, profile),
  // A multi-select offers its own list: every skill or interest it offers is chosen, nothing else.
  skills: ({ profile }) => {
    const items = [...profile.skills, ...profile.interests];
    return items.length ? { kind: 'choice', candidates: items } : none('no skills or interests in the profile');
  },
  // A "Keywords" textarea (EasyChair, most submission systems) takes one per line unless it asks for commas.
  'research.interests': ({ field, profile }) =>
    listAnswer(
      field,
      [...profile.interests, ...profile.keywords],
      'no research interests in the profile',
      field.control === 'textarea' && /\bkey ?words\b/.test(fieldWords(field)) ? '\n' : undefined,
    ),
  'research.subjectAreas': ({ field, profile }) => {
    const items = [...profile.interests, ...profile.keywords];
    if (!items.length) return none('no research interests in the profile');
    return field.options.length
      ? { kind: 'choice', candidates: items }
      : listAnswer(field, items, 'no research interests');
  },
  'bio.short': bioAnswer,
  'bio.long': bioAnswer,
  'publications.list': publications,
  'publications.selected': publications,
  // The same conflict set the popup copies (lib/format/conflicts.ts): one line per person, titles dropped,
  // co-authors and relations within the site's window, advisors for life.
  'conflicts.people': ({ field, profile, now, conflictMonths }) => {
    const set = collectConflicts(profile, { months: conflictMonths, now });
    const lines = set.people.map((p) =>
      p.affiliation ? `${displayName(p.name)} (${p.affiliation})` : displayName(p.name),
    );
    return listAnswer(field, lines, 'no collaborators or advisors in the profile', '\n');
  },
  'conflicts.domains': ({ field, profile, now, conflictMonths }) => {
    // CMT: "a.edu; b.org" unless the help asks for commas or lines.
    const hint = `${fieldWords(field)} ${field.description}`;
    const asked = /comma|,|one per line|per line|new line|semicolon|;/i.test(hint);
    const domains = conflictDomains(profile, now, conflictMonths);
    if (asked) return listAnswer(field, domains, 'no email or institution domains in the profile');
    return text(joinList(domains, '; ', field.maxLength), 'no email or institution domains in the profile');
  },
} satisfies Partial<AnswerTable>;
