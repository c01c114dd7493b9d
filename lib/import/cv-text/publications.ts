/**
 * Publication entries as CVs print them: numbered ("A3.", "[C4]", "[1]", "1."), authors first (the owner in
 * `**bold**`, equal contribution as `*` or "(equal contribution)"), the title in quotes or up to the next full stop,
 * then "In Venue, Year" or "arXiv preprint arXiv:…". The sub-group heading gives the type and status.
 */
import type { PublicationType } from '../../profile/schema';
import { cleanText, normaliseArxiv, normaliseDoi, oneLine, safeUrl } from '../clean';
import type { ProfileDraft } from '../types';
import { guessPublicationType } from '../venue';
import { isBulleted } from './entries';
import { isOwnName, type OwnName } from './names';
import { matchPublicationGroup, type PublicationGroup } from './sections';

type DraftPublication = NonNullable<ProfileDraft['publications']>[number];
type DraftAuthor = NonNullable<DraftPublication['authors']>[number];

const LABEL = /^(?:\[([A-Za-z]{0,3}\s?\d{1,4})\]|([A-Z]{1,3}\d{1,4})[.:)]?|(\d{1,4})[.)])\s+/;

function startsEntry(line: string): boolean {
  const t = line.trim().replace(/^[-*•▪●]\s+/, '');
  return LABEL.test(t) || isBulleted(line);
}

/** Split the lines of a publications section into entries, each with the group it is under. */
export function groupPublications(
  lines: string[],
  first: PublicationGroup | undefined,
): { text: string; group: PublicationGroup }[] {
  const out: { text: string; group: PublicationGroup }[] = [];
  let group: PublicationGroup = first ?? {};
  const labelled = lines.some(startsEntry);
  let open = false;
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      open = labelled ? open : false;
      continue;
    }
    const sub = matchPublicationGroup(t);
    if (sub) {
      group = { ...sub };
      open = false;
      continue;
    }
    const last = out[out.length - 1];
    if (labelled ? startsEntry(line) : !open) {
      out.push({ text: t.replace(/^[-*•▪●]\s+/, ''), group });
      open = true;
    } else if (open && last && !(endsWithYear(last.text) && QUOTED.test(t))) last.text += ' ' + t;
    else {
      out.push({ text: t, group });
      open = true;
    }
  }
  return out;
}

/** An entry that already ends with its year ("…, 2021.") is complete: a next line with a quoted title is new. */
function endsWithYear(text: string): boolean {
  return /\b(19|20)\d{2}[a-z]?\)?\.?\s*$/.test(text) && QUOTED.test(text);
}

const QUOTED = /["“”„]([^"“”„]{4,}?)[,.]?["“”„]/;

/** "Family, I. J., Other, K. and Last, L." at the start of an entry: the length of that author list, or 0. */
function familyInitialsLength(text: string): number {
  const re =
    /\s*(?:(?:,\s*)?(?:and|&)\s+|,\s*)?(?:\*\*)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?,\s*(?:\p{Lu}\.\s?-?)+(?:\*\*)?[*†‡]?/uy;
  let end = 0;
  let count = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    end = re.lastIndex;
    count++;
  }
  const trimmed = text.slice(0, end).trimEnd().length;
  return count > 0 && /^\s/.test(text.slice(trimmed)) ? trimmed : 0;
}

function splitFamilyInitials(text: string): string[] {
  return [
    ...text.matchAll(/(?:\*\*)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?,\s*(?:\p{Lu}\.\s?-?)+(?:\*\*)?[*†‡]?/gu),
  ].map((m) => m[0].trim());
}

/** End of the author list: the first ". " not after a lone initial ("J. Smith"). */
function authorsEnd(text: string): number {
  const re = /\.\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    if (/(^|[\s,.-])[A-Z]$/.test(before)) continue;
    return m.index;
  }
  return -1;
}

function parseAuthors(text: string, own: OwnName | undefined): DraftAuthor[] {
  const cleaned = text
    .replace(/\bet al\.?/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.,]?\s*\(?(19|20)\d\d[a-z]?\)?\.?$/, '')
    .trim();
  // "Family, I. J." lists pair up; otherwise names are "Given Family" separated by commas and "and".
  const parts = familyInitialsLength(cleaned + ' ')
    ? splitFamilyInitials(cleaned)
    : cleaned.split(/\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s+&\s+|,|;)\s*/).filter(Boolean);
  const authors: DraftAuthor[] = [];
  for (const raw of parts) {
    let name = raw.trim();
    let bold = false;
    let equal = false;
    let corresponding = false;
    if (/\(equal contribution\)|\(co-first\)|\(joint first\)/i.test(name)) {
      equal = true;
      name = name.replace(/\((equal contribution|co-first|joint first)\)/i, '');
    }
    if (/\(corresponding( author)?\)/i.test(name)) {
      corresponding = true;
      name = name.replace(/\(corresponding( author)?\)/i, '');
    }
    if (/\*\*|__/.test(name)) {
      bold = true;
      name = name.replace(/\*\*|__/g, '');
    }
    if (/[*†‡]\s*$/.test(name) || /^[*†‡]/.test(name)) {
      equal = true;
      name = name.replace(/[*†‡]+/g, '');
    }
    if (/✉|\^c$/.test(name)) {
      corresponding = true;
      name = name.replace(/✉|\^c$/g, '');
    }
    name = name.replace(/\s+/g, ' ').trim();
    if (!name || name.length > 100 || !/\p{L}/u.test(name)) continue;
    const self = bold || isOwnName(name, own);
    authors.push({ name, self, equalContribution: equal, corresponding });
  }
  return authors;
}

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

function lastYear(text: string): number | undefined {
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length ? years[years.length - 1] : undefined;
}

/** "In ACM APNet, 2025." → venue "ACM APNet"; "arXiv preprint arXiv:2505.15030 (2025)." → "arXiv preprint". */
function cleanVenue(text: string, year: number | undefined): string | undefined {
  let v = text
    .replace(/^[\s.,;:]+/, '')
    .replace(/^in:?\s+/i, '')
    .trim();
  v = v.replace(/\s*\b(arXiv:\s*\d{4}\.\d{4,5}(v\d+)?)/i, '');
  v = v.replace(/\b(doi:?\s*)?10\.\d{4,9}\/\S+/gi, '').replace(/https?:\/\/\S+/g, '');
  if (year) v = v.replace(new RegExp(String.raw`(,\s*|\s*\(\s*)${year}\s*\)?\s*\.?\s*$`), '');
  v = v.replace(/[\s,;.]+$/, '').replace(/^[\s,;.]+/, '');
  return cleanText(v, 1_000);
}

/** "14(2):101–130", "7:512-530", "vol. 3, no. 2, pp. 10-20" → volume, issue, pages; and the text without them. */
function volumePages(text: string): { volume?: string; issue?: string; pages?: string; rest: string } {
  const m =
    /,?\s*\b(\d{1,4})\s*(?:\((\d{1,4}(?:[-–]\d{1,4})?)\))?\s*:\s*([A-Za-z]?\d+(?:\s*[-–]{1,2}\s*[A-Za-z]?\d+)?)/.exec(
      text,
    );
  const [, volume, issue, pages] = m ?? [];
  if (m && volume !== undefined && pages !== undefined)
    return {
      volume,
      ...(issue ? { issue } : {}),
      pages: pages.replace(/\s*[-–]{1,2}\s*/, '–'),
      rest: text.slice(0, m.index) + text.slice(m.index + m[0].length),
    };
  const out: { volume?: string; issue?: string; pages?: string; rest: string } = { rest: text };
  const vol = takeGroup(/,?\s*\bvol(?:ume)?\.?\s*(\d+)/i, out.rest);
  if (vol) {
    out.volume = vol.value;
    out.rest = vol.rest;
  }
  const no = takeGroup(/,?\s*\b(?:no|issue)\.?\s*(\d+)/i, out.rest);
  if (no) {
    out.issue = no.value;
    out.rest = no.rest;
  }
  const pp = takeGroup(/,?\s*\bpp?\.\s*(\d+(?:\s*[-–]{1,2}\s*\d+)?)/i, out.rest);
  if (pp) {
    out.pages = pp.value.replace(/\s*[-–]{1,2}\s*/, '–');
    out.rest = pp.rest;
  }
  return out;
}

/** The first group of `re` in `text`, and the text without the whole match. */
function takeGroup(re: RegExp, text: string): { value: string; rest: string } | undefined {
  const m = re.exec(text);
  const value = m?.[1];
  return m && value !== undefined ? { value, rest: text.replace(m[0], '') } : undefined;
}

export function parsePublication(
  raw: string,
  group: PublicationGroup,
  own: OwnName | undefined,
): DraftPublication | undefined {
  let text = oneLine(raw);
  const labelMatch = LABEL.exec(text);
  const label = labelMatch ? (labelMatch[1] ?? labelMatch[2] ?? labelMatch[3])?.replace(/\s/g, '') : undefined;
  if (labelMatch) text = text.slice(labelMatch[0].length);
  const doi = normaliseDoi(/\b10\.\d{4,9}\/[^\s,;]+/.exec(text)?.[0]);
  const arxiv = normaliseArxiv(
    /arXiv[:\s]*(\d{4}\.\d{4,5}(v\d+)?)/i.exec(text)?.[1] ?? /arxiv\.org\/abs\/(\S+)/i.exec(text)?.[1],
  );
  const url = safeUrl(/https?:\/\/[^\s,;]+[^\s,;.)]/.exec(text)?.[0]);

  let authorsText = '';
  let title = '';
  let rest = '';
  const quoted = QUOTED.exec(text);
  const quotedTitle = quoted?.[1];
  const fiEnd = familyInitialsLength(text);
  if (quoted && quotedTitle !== undefined) {
    authorsText = text.slice(0, quoted.index).replace(/[.,:\s]+$/, '');
    title = quotedTitle.trim();
    rest = text.slice(quoted.index + quoted[0].length);
  } else {
    const end = fiEnd > 0 ? fiEnd : authorsEnd(text);
    if (end < 0) return undefined;
    authorsText = text.slice(0, end);
    const after = text
      .slice(end + 1)
      .trim()
      .replace(/^\(?(19|20)\d\d[a-z]?\)?\.\s+/, '');
    const inAt = /[.?!]\s+In:?\s+/.exec(after);
    if (inAt) {
      title = after.slice(0, inAt.index + 1);
      rest = after.slice(inAt.index + 1);
    } else {
      const stop = /[.?!](\s+|$)/.exec(after);
      title = stop ? after.slice(0, stop.index + 1) : after;
      rest = stop ? after.slice(stop.index + 1) : '';
    }
  }
  title = title
    .replace(/[.,]+$/, '')
    .replace(/\*\*/g, '')
    .trim();
  // Unquoted entries whose first sentence holds no comma-separated names are titles without authors.
  const authors = parseAuthors(authorsText, own);
  if (!title) return undefined;
  const year = lastYear(rest) ?? lastYear(text);
  const numbers = volumePages(rest);
  const venue = cleanVenue(numbers.rest, year);
  let type: PublicationType = group.type ?? guessPublicationType(venue);
  if (group.status === 'in-submission' && !group.type) type = 'preprint';
  if (type === 'other' && arxiv) type = 'preprint';
  const status = group.status ?? (type === 'preprint' ? 'in-submission' : 'published');
  return {
    type,
    title: cleanText(title, 2_000) ?? title,
    authors,
    ...(venue ? { venue } : {}),
    ...(year ? { year } : {}),
    ...(numbers.volume ? { volume: numbers.volume } : {}),
    ...(numbers.issue ? { issue: numbers.issue } : {}),
    ...(numbers.pages ? { pages: numbers.pages } : {}),
    ...(doi ? { doi } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(url ? { url } : {}),
    status,
    ...(label ? { label } : {}),
  };
}
