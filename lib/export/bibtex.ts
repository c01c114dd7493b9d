/** Publications → BibTeX (UTF-8; biber and modern BibTeX read it). Keys: first author's family name, year, first title word. */
import type { Publication, PublicationType } from '../profile/schema';
import { normaliseTitle } from '../import/clean';

const ENTRY_TYPES: Record<PublicationType, string> = {
  journal: 'article',
  conference: 'inproceedings',
  workshop: 'inproceedings',
  preprint: 'misc',
  thesis: 'phdthesis',
  book: 'book',
  chapter: 'incollection',
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

export function bibtexKey(p: Publication, taken: Set<string>): string {
  const first = p.authors[0];
  const family = first ? normaliseTitle(familyOf(first.name, first.family)) : 'anon';
  const word = normaliseTitle(p.title.split(/\s+/).find((w) => w.length > 3) ?? p.title).slice(0, 12);
  const base = `${family || 'anon'}${p.year ?? ''}${word}`;
  let key = base;
  for (let i = 0; taken.has(key); i++) key = base + String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(i) : '');
  taken.add(key);
  return key;
}

export function toBibtex(publications: Publication[]): string {
  const taken = new Set<string>();
  return publications
    .map((p) => {
      const venueField =
        p.type === 'journal' || p.type === 'preprint' ? 'journal' : p.type === 'thesis' ? 'school' : 'booktitle';
      const fields: [string, string | undefined][] = [
        ['author', authorField(p)],
        ['title', `{${escapeLatex(p.title)}}`],
        [p.type === 'preprint' && !p.venue ? 'howpublished' : venueField, p.venue ? escapeLatex(p.venue) : undefined],
        ['year', p.year ? String(p.year) : undefined],
        ['month', p.month ? MONTHS[p.month - 1] : undefined],
        ['volume', p.volume ? escapeLatex(p.volume) : undefined],
        ['number', p.issue ? escapeLatex(p.issue) : undefined],
        ['pages', p.pages ? escapeLatex(p.pages) : undefined],
        ['publisher', p.publisher ? escapeLatex(p.publisher) : undefined],
        ['doi', p.doi],
        ['eprint', p.arxiv],
        ['archiveprefix', p.arxiv ? 'arXiv' : undefined],
        ['url', p.url && /^https?:\/\//i.test(p.url) ? p.url : undefined],
        [
          'note',
          p.note
            ? escapeLatex(p.note)
            : p.status === 'in-submission' && p.type !== 'preprint'
              ? 'Under review'
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
