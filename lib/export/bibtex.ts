/**
 * Publications → BibTeX a LaTeX user would commit (UTF-8; biber and modern BibTeX read it), issue #15:
 *   - titles keep the bibliography style's case rules: only words that must keep their case are braced — acronyms
 *     and mixed case ("{GNNs}", "{Fed2Com}", "{LoRaWAN}") and proper names the profile itself spells (institutions,
 *     places, people) or that are proper in any text ("{Bayesian}");
 *   - preprints are `@misc` with `eprint`, `archivePrefix = {arXiv}` and `primaryClass` when the id tells it;
 *   - keys are familyYearWord ("castellano2024gnns"), unique within the export.
 */
import type { Education, Experience, Position, Publication, PublicationType } from '../profile/schema';
import { normaliseTitle } from '../import/clean';

const ENTRY_TYPES: Record<PublicationType, string> = {
  journal: 'article',
  conference: 'inproceedings',
  workshop: 'inproceedings',
  preprint: 'misc',
  thesis: 'phdthesis',
  book: 'book',
  chapter: 'incollection',
  // @patent is biblatex's; classic BibTeX styles read @misc with the number in howpublished.
  patent: 'misc',
  other: 'misc',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escape what LaTeX would read as commands; braces are balanced by construction. */
export function escapeLatex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/–/g, '--')
    .replace(/—/g, '---');
}

/** Proper in any text: people's names in method names, and a few adjectives made from them. */
const ALWAYS_PROPER = [
  'Bayes',
  'Bayesian',
  'Markov',
  'Markovian',
  'Gaussian',
  'Monte',
  'Carlo',
  'Euclidean',
  'Riemannian',
  'Boolean',
  'Fourier',
  'Newton',
  'Lagrangian',
  'Hamiltonian',
  'Hilbert',
  'Banach',
  'Kalman',
  'Laplace',
  'Laplacian',
  'Nash',
  'Turing',
  'Shannon',
  'Pareto',
  'Wasserstein',
  'Lipschitz',
  'Hessian',
  'Jacobian',
  'Krylov',
  'Nesterov',
  'Internet',
  'English',
];

/** Words of institution names that are not names ("University of Eastvale": only "Eastvale" is). */
const COMMON_WORDS = new Set(
  (
    'the of and for in at on a an de la le des der und university universität université universidad college ' +
    'institute institut school department faculty laboratory lab labs centre center research national state ' +
    'academy science sciences technology engineering computer informatics international foundation company ' +
    'co ltd inc corporation group hospital medical graduate division program city north south east west new'
  ).split(' '),
);

export interface BibtexVocabularySource {
  positions?: readonly Pick<Position, 'institution' | 'city' | 'region'>[];
  education?: readonly Pick<Education, 'institution' | 'city'>[];
  experience?: readonly Pick<Experience, 'organisation' | 'location'>[];
}

/**
 * Proper names the profile spells: capitalised words of its institutions and places ("Eastvale", "Tsinghua").
 * People's names are left out: a family name such as "Long" or "Young" is an ordinary word in a title.
 */
export function properNouns(source: BibtexVocabularySource): Set<string> {
  const texts: string[] = [];
  for (const p of source.positions ?? []) texts.push(p.institution, p.city ?? '', p.region ?? '');
  for (const e of source.education ?? []) texts.push(e.institution, e.city ?? '');
  for (const x of source.experience ?? []) texts.push(x.organisation, x.location ?? '');
  const words = new Set(ALWAYS_PROPER);
  for (const text of texts) {
    for (const word of text.split(/[\s,.;:()/'’-]+/)) {
      if (/^\p{Lu}\p{Ll}+$/u.test(word) && !COMMON_WORDS.has(word.toLowerCase())) words.add(word);
    }
  }
  return words;
}

/** A word a bibliography style must not lower-case: acronyms, mixed case, letters with digits, proper names. */
function keepsCase(word: string, vocabulary: ReadonlySet<string>): boolean {
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (!/\p{Lu}/u.test(letters)) return false;
  if ((letters.match(/\p{Lu}/gu) ?? []).length >= 2) return true; // GNNs, IEEE, LoRaWAN, Fed2Com
  if (/\p{Lu}/u.test(letters.slice(1))) return true; // iPhone, eBPF
  if (/\p{N}/u.test(letters) && /\p{L}/u.test(letters) && /^\p{Lu}/u.test(letters) && letters.length > 1) {
    return /\p{N}/u.test(letters.slice(1)) && letters.length <= 6; // L2O, K8s-like names
  }
  return vocabulary.has(letters);
}

/** The title with LaTeX escaped and only the words that must keep their case braced. */
export function bibtexTitle(title: string, vocabulary: ReadonlySet<string> = new Set(ALWAYS_PROPER)): string {
  return title
    .split(/(\s+|-|\/|:)/)
    .map((token) => {
      if (/^(\s+|-|\/|:)$/.test(token) || token === '') return token;
      // Punctuation around a word stays outside its braces: "(GNNs)," → "({GNNs}),".
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
      const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? token, m?.[3] ?? ''];
      if (!core) return escapeLatex(token);
      const body = escapeLatex(core);
      return `${escapeLatex(lead)}${keepsCase(core, vocabulary) ? `{${body}}` : body}${escapeLatex(trail)}`;
    })
    .join('');
}

function familyOf(name: string, family?: string): string {
  if (family) return family;
  const comma = name.indexOf(',');
  return comma > 0 ? name.slice(0, comma) : (name.trim().split(/\s+/).pop() ?? name);
}

function authorField(p: Publication): string | undefined {
  if (!p.authors.length) return undefined;
  return p.authors
    .map((a) => {
      const family = familyOf(a.name, a.family);
      const given =
        a.given ??
        (a.name.includes(',')
          ? a.name.slice(a.name.indexOf(',') + 1).trim()
          : a.name.slice(0, a.name.lastIndexOf(family)).trim());
      // A name without a given part (a consortium) is braced so BibTeX keeps it whole.
      return given ? `${escapeLatex(family)}, ${escapeLatex(given)}` : `{${escapeLatex(a.name)}}`;
    })
    .join(' and ');
}

/** Title words a key skips ("A Note on…" → "note"). */
const KEY_STOP_WORDS = new Set(
  'a an the on of for in at to and or with from by towards toward via using is are do does how what why when'.split(
    ' ',
  ),
);

/** familyYearWord, unique within `taken` ("castellano2024gnns", then "castellano2024gnnsb"). */
export function bibtexKey(p: Publication, taken: Set<string>): string {
  const first = p.authors[0];
  const family = first ? normaliseTitle(familyOf(first.name, first.family)) : '';
  const word =
    p.title
      .split(/[\s\-:/]+/)
      .map((w) => normaliseTitle(w))
      .find((w) => w.length > 0 && !KEY_STOP_WORDS.has(w)) ?? '';
  const base = `${family || 'anon'}${p.year ?? ''}${word || (p.year === undefined ? 'untitled' : '')}`;
  let key = base;
  for (let i = 0; taken.has(key); i++) key = base + String.fromCharCode(98 + (i % 25)) + (i >= 25 ? String(i) : '');
  taken.add(key);
  return key;
}

/** "math.OC/0601001" → "math.OC"; new-style ids ("2505.15030") do not carry their class. */
export function arxivPrimaryClass(id: string): string | undefined {
  return /^([a-z-]+(?:\.[A-Z]{2})?)\/\d{7}$/.exec(id)?.[1];
}

function venueFieldName(p: Publication): string {
  switch (p.type) {
    case 'journal':
      return 'journal';
    case 'thesis':
      return 'school';
    case 'preprint':
    case 'patent':
    case 'other':
    case 'book':
      return 'howpublished';
    default:
      return 'booktitle';
  }
}

export interface BibtexOptions {
  /** Proper names to keep capitalised in titles (see `properNouns`). */
  vocabulary?: ReadonlySet<string>;
}

export function toBibtex(publications: readonly Publication[], options: BibtexOptions = {}): string {
  const taken = new Set<string>();
  const vocabulary = options.vocabulary ?? new Set(ALWAYS_PROPER);
  return publications
    .map((p) => {
      const preprintVenue = p.type === 'preprint' && (!p.venue || /^(arxiv|arxiv preprint|preprint)$/i.test(p.venue));
      const venue = preprintVenue || p.type === 'book' ? undefined : p.venue;
      const primaryClass = p.arxiv ? arxivPrimaryClass(p.arxiv) : undefined;
      const fields: [string, string | undefined][] = [
        ['author', authorField(p)],
        ['title', p.title ? bibtexTitle(p.title, vocabulary) : undefined],
        [venueFieldName(p), venue ? escapeLatex(venue) : undefined],
        ['year', p.year ? String(p.year) : undefined],
        ['month', p.month ? MONTHS[p.month - 1] : undefined],
        ['volume', p.volume ? escapeLatex(p.volume) : undefined],
        ['number', p.issue ? escapeLatex(p.issue) : undefined],
        [
          'pages',
          p.pages ? escapeLatex(p.pages.replace(/[–—]/g, '-').replace(/(\d)\s*-\s*(\d)/, '$1--$2')) : undefined,
        ],
        ['publisher', p.publisher ? escapeLatex(p.publisher) : undefined],
        ['doi', p.doi],
        ['eprint', p.arxiv],
        ['archivePrefix', p.arxiv ? 'arXiv' : undefined],
        ['primaryClass', primaryClass],
        ['url', p.url && /^https?:\/\//i.test(p.url) ? p.url : undefined],
        [
          'note',
          p.note
            ? escapeLatex(p.note)
            : p.status === 'in-submission' && p.type !== 'preprint'
              ? 'Under review'
              : p.status === 'accepted'
                ? 'To appear'
                : undefined,
        ],
      ];
      const body = fields
        .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
        .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
        .join(',\n');
      return `@${ENTRY_TYPES[p.type]}{${bibtexKey(p, taken)},\n${body}\n}`;
    })
    .join('\n\n')
    .concat(publications.length ? '\n' : '');
}
