/**
 * BibTeX (Google Scholar, DBLP, Zotero, hand-written) to publications.
 *
 * Parser choice: @retorquere/bibtex-parser, the parser behind Better BibTeX for Zotero, is the one that gets LaTeX
 * right (accents, braces, months, and it keeps eprint/archivePrefix) and recovers from broken entries; citation-js
 * was rejected because it throws on a whole file for one bad entry and drops eprint/archivePrefix. But its full
 * LaTeX parse costs about 0.5 s CPU warm and 1.6 s cold per 1 000 entries here, over the 1 s budget. So chunk.ts and
 * latex.ts read entries and the common LaTeX (accents, special letters, dashes, formatting commands) quickly, name
 * each broken entry with its line, and only entries with LaTeX they do not know go through the full parser.
 */
import { parse as parseFull, type Creator } from '@retorquere/bibtex-parser';
import type { PublicationType } from '../../profile/schema';
import { cleanText, normaliseArxiv, normaliseDoi, safeUrl } from '../clean';
import type { ProfileDraft } from '../types';
import { guessPublicationType } from '../venue';
import { chunkBibtex, type RawEntry } from './chunk';
import { decodeLatex } from './latex';

type DraftPublication = NonNullable<ProfileDraft['publications']>[number];
type DraftAuthor = NonNullable<DraftPublication['authors']>[number];

const VERBATIM = new Set([
  'url',
  'doi',
  'eprint',
  'file',
  'pdf',
  'archiveprefix',
  'eprinttype',
  'primaryclass',
  'biburl',
]);

export type BibtexResult = { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string };

/** Split at depth 0 (outside braces) where `separator` (a sticky regex) matches. */
function splitTop(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m) {
        parts.push(text.slice(last, i));
        i += m[0].length - 1;
        last = i + 1;
      }
    }
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function author(raw: string): DraftAuthor | undefined {
  const trimmed = raw.trim();
  if (/^\{[^{}]*\}$/.test(trimmed)) {
    const literal = decodeLatex(trimmed) ?? trimmed.slice(1, -1);
    return { name: literal };
  }
  const parts = splitTop(trimmed, /,/y);
  let given: string;
  let family: string;
  const [first, second] = parts;
  if (first !== undefined && second !== undefined) {
    family = decodeLatex(first) ?? first;
    given = decodeLatex(parts.slice(parts.length === 3 ? 2 : 1).join(' ')) ?? '';
    if (parts.length === 3) family = `${family}, ${decodeLatex(second) ?? second}`;
  } else {
    const words = splitTop(trimmed, /\s+/y).map((w) => decodeLatex(w) ?? w);
    // "Ludwig van Beethoven": lower-case particles start the family name.
    let at = words.length - 1;
    const startsLower = (word: string | undefined) => word !== undefined && /^[a-z]/.test(word);
    while (at > 1 && startsLower(words[at - 1])) at--;
    family = words.slice(at).join(' ');
    given = words.slice(0, at).join(' ');
  }
  if (!family && !given) return undefined;
  return {
    name: [given, family].filter(Boolean).join(' '),
    ...(given ? { given } : {}),
    ...(family ? { family } : {}),
  };
}

function creators(list: Creator[] | undefined): DraftAuthor[] {
  return (list ?? []).flatMap((c) => {
    if (c.name) return [{ name: c.name }];
    const family = composeDotlessI([c.prefix, c.lastName, c.suffix].filter(Boolean).join(' '));
    const given = composeDotlessI(c.firstName ?? '');
    if (!family && !given) return [];
    return [
      { name: [given, family].filter(Boolean).join(' '), ...(given ? { given } : {}), ...(family ? { family } : {}) },
    ];
  });
}

function publicationType(type: string, f: Record<string, string>, arxiv: string | undefined): PublicationType {
  const venue = f.journal ?? f.booktitle ?? f.howpublished ?? '';
  switch (type) {
    case 'article':
      if (/\b(arxiv|corr|biorxiv|medrxiv|ssrn|preprint)\b/i.test(venue) || (arxiv && !venue)) return 'preprint';
      return 'journal';
    case 'inproceedings':
    case 'conference':
    case 'proceedings':
      return /\bworkshops?\b/i.test(venue) ? 'workshop' : 'conference';
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis':
      return 'thesis';
    case 'book':
    case 'mvbook':
      return 'book';
    case 'incollection':
    case 'inbook':
      return 'chapter';
    case 'patent':
      return 'patent';
    case 'unpublished':
    case 'misc':
    case 'online':
    case 'techreport':
    case 'report':
      if (arxiv || /\b(arxiv|preprint)\b/i.test(venue)) return 'preprint';
      return type === 'unpublished'
        ? 'preprint'
        : guessPublicationType(venue) === 'other'
          ? 'other'
          : guessPublicationType(venue);
    default:
      return guessPublicationType(venue);
  }
}

function toPublication(type: string, f: Record<string, string>, authors: DraftAuthor[]): DraftPublication | undefined {
  const title = cleanText(f.title, 2_000);
  if (!title) return undefined;
  const eprintType = (f.archiveprefix ?? f.eprinttype ?? '').toLowerCase();
  const arxiv =
    normaliseArxiv(eprintType === 'arxiv' || /^\d{4}\.\d{4,5}/.test(f.eprint ?? '') ? f.eprint : undefined) ??
    normaliseArxiv(/arxiv/i.test(f.journal ?? '') ? f.journal : undefined) ??
    normaliseArxiv(/abs\/\d{4}\.\d{4,5}/.test(f.volume ?? '') ? f.volume : undefined) ??
    normaliseArxiv(/arxiv\.org\/abs\//i.test(f.url ?? '') ? f.url : undefined);
  const pubType = publicationType(type, f, arxiv);
  const year = Number(/\d{4}/.exec(f.year ?? f.date ?? '')?.[0]);
  const monthText = f.month ?? /^\d{4}-(\d{2})/.exec(f.date ?? '')?.[1] ?? '';
  const month = Number(/^\d+$/.test(monthText.trim()) ? monthText : '') || undefined;
  let venue =
    f.journal ??
    f.booktitle ??
    f.school ??
    f.institution ??
    f.howpublished ??
    (pubType === 'preprint' && arxiv ? 'arXiv' : undefined);
  if (venue && /^arxiv preprint/i.test(venue)) venue = 'arXiv preprint';
  const doi = normaliseDoi(f.doi);
  const url = safeUrl(f.url);
  const volume = f.volume && !/^abs\//.test(f.volume) ? f.volume : undefined;
  return {
    type: pubType,
    title,
    authors,
    ...(venue ? { venue: cleanText(venue, 1_000) } : {}),
    ...(Number.isFinite(year) && year > 1000 ? { year } : {}),
    ...(month && month >= 1 && month <= 12 ? { month } : {}),
    ...(volume ? { volume: cleanText(volume, 50) } : {}),
    ...(f.number ? { issue: cleanText(f.number, 50) } : {}),
    ...(f.pages ? { pages: cleanText(f.pages.replace(/-+/g, '–'), 50) } : {}),
    ...(f.publisher ? { publisher: cleanText(f.publisher, 300) } : {}),
    ...(doi ? { doi } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(url ? { url } : {}),
    status: pubType === 'preprint' ? 'in-submission' : 'published',
    ...(f.note && !/^https?:/i.test(f.note) ? { note: cleanText(f.note, 2_000) } : {}),
  };
}

/** Markup the full parser adds (`<i>`, `<b>`, `<sup>`, case-protection spans); never user text, which it escapes. */
function stripParserMarkup(value: string): string {
  return composeDotlessI(value.replace(/<\/?(i|b|sup|sub|sc|span|nc|ncx)(\s[^>]*)?>/g, ''));
}

/** `{\'\i}` comes out as a dotless i with a combining accent, which Unicode does not compose: use the plain i. */
function composeDotlessI(value: string): string {
  return value.replace(/ı(?=[\u0300-\u036f])/g, 'i').normalize('NFC');
}

export function importBibtex(text: string): BibtexResult {
  const { entries, errors } = chunkBibtex(text);
  const warnings = errors.map((e) => `Left out BibTeX entry "${e.key}" (line ${e.line}): ${e.message}.`);
  if (!entries.length)
    return {
      ok: false,
      error: errors.length
        ? `No readable BibTeX entry. ${warnings.join(' ')}`
        : 'No BibTeX entries found (entries start with @article{, @inproceedings{, …).',
    };
  const publications: DraftPublication[] = [];
  const hard: RawEntry[] = [];
  const slot: (DraftPublication | RawEntry | undefined)[] = [];
  for (const entry of entries) {
    const fields: Record<string, string> = {};
    let unknown = false;
    for (const [name, raw] of Object.entries(entry.fields)) {
      if (name === 'author' || name === 'editor') continue;
      const decoded = decodeLatex(raw, VERBATIM.has(name));
      if (decoded === undefined) unknown = true;
      else fields[name] = decoded;
    }
    const authors = splitTop(entry.fields.author ?? '', /\s+and\s+/iy).map(author);
    if (unknown || authors.some((a) => a === undefined || /\\/.test(a.name))) {
      hard.push(entry);
      slot.push(entry);
      continue;
    }
    const pub = toPublication(entry.type, fields, authors as DraftAuthor[]);
    if (pub) slot.push(pub);
    else {
      warnings.push(`Left out BibTeX entry "${entry.key}" (line ${entry.line}): it has no title.`);
      slot.push(undefined);
    }
  }
  if (hard.length) {
    const library = parseFull(hard.map((e) => e.source).join('\n'), {
      sentenceCase: false,
      english: false,
      caseProtection: false,
      unsupported: 'ignore',
    });
    const byKey = new Map(library.entries.map((e) => [e.key, e]));
    for (let s = 0; s < slot.length; s++) {
      const entry = slot[s];
      if (!entry || !('source' in entry)) continue;
      const parsed = byKey.get(entry.key);
      if (!parsed) {
        warnings.push(`Left out BibTeX entry "${entry.key}" (line ${entry.line}): its LaTeX could not be read.`);
        slot[s] = undefined;
        continue;
      }
      const fields: Record<string, string> = {};
      for (const [name, value] of Object.entries(parsed.fields)) {
        if (typeof value === 'string') fields[name] = VERBATIM.has(name) ? value : stripParserMarkup(value);
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) fields[name] = value.join(', ');
      }
      const pub = toPublication(entry.type, fields, creators(parsed.fields.author));
      slot[s] = pub;
      if (!pub) warnings.push(`Left out BibTeX entry "${entry.key}" (line ${entry.line}): it has no title.`);
    }
  }
  for (const item of slot) if (item && !('source' in item)) publications.push(item);
  return { ok: true, draft: { publications }, warnings };
}
