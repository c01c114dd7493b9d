/** The contact block: everything above the first section heading. */
import type { Profile } from '../../profile/schema';
import { cleanText, makeEmail, makePhone, placeCountry, safeUrl, splitName } from '../clean';
import { scholarIdFromUrl, setScholarId } from '../../values/scholar-ids';
import type { ProfileDraft } from '../types';

const EMAIL_G = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_G =
  /\b(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|io|me|ai|dev|info|page|site|xyz|[a-z]{2})(?::\d+)?(?:\/[^\s|,;)]*)?/gi;
const ORCID_RE = /\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b/;
const AFFILIATION =
  /\b(department|dept\.|school|faculty|institute|universi\w*|college|laborator(y|ies)|lab|centre|center|academy|hospital|research)\b/i;
const INSTITUTION =
  /\b(university|universi\w+|institute|college|academy|polytechnic|school of \w+ and|laborator(y|ies)|lab|research|inc|ltd|gmbh|corporation|company)\b/i;
const UNIVERSITY = /\b(university|universi\w+|college|polytechnic|academy|école|hochschule)\b/i;
const DEPARTMENT = /^(department|dept\.?|school of|faculty|division|institute for)\b/i;
const TITLE =
  /\b(professor|lecturer|reader|postdoc(toral)?|research (fellow|scientist|associate|engineer)|scientist|ph\.?d\.? (student|candidate)|doctoral (student|candidate)|student|candidate|researcher|engineer|fellow)\b/i;
/** What only a postal address has: a street, a room or building, a box, a postcode. */
const STREET =
  /\b(road|rd\.|street|st\.|avenue|ave\.?|boulevard|blvd|lane|drive|dr\.|way|strasse|straße|rue|via|room|rm\.?|suite|floor|building|bldg\.?|p\.?\s?o\.?\s?box|postfach|mail ?stop)\b|\b\d{1,5}[a-z]?\s+\p{L}|\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/iu;
const HONORIFIC = /^(Dr\.?|Prof\.?|Professor)\s+/;
const LABELS =
  /\b(e-?mail|phone|tel|telephone|mobile|cell|fax|web(site|page)?|homepage|home page|url|orcid|github|linkedin|dblp|google scholar|scholar|openreview|address)\s*:?/gi;

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function cleanMarkup(line: string): string {
  return line
    .replace(/^#{1,6}\s*/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

function looksLikeName(line: string): boolean {
  const t = line
    .replace(/[(（].*?[)）]/g, '')
    .replace(/[,，].*$/, '')
    .replace(HONORIFIC, '')
    .trim();
  return (
    /^[\p{Lu}][\p{L}'’.-]*(\s+[\p{L}][\p{L}'’.-]*){1,4}$/u.test(t) &&
    !AFFILIATION.test(t) &&
    !TITLE.test(t) &&
    !/curriculum|vitae|resume|résumé/i.test(t)
  );
}

/** Split a contact line into its parts: "a@b.org · +44 … | https://…" or columns separated by runs of spaces. */
function segments(line: string): string[] {
  return line
    .split(/\s*[|·•]\s*|\t+|\s{3,}/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const KEYS: [RegExp, 'name' | 'title' | 'affiliation' | 'address'][] = [
  [/^(full |first and last |legal )?name$/i, 'name'],
  [/^(current )?(position|title|job title|rank|role)$/i, 'title'],
  [/^(affiliation|institution|organi[sz]ation|employer|department|university)$/i, 'affiliation'],
  [/^(postal |mailing |office |work |home )?address$/i, 'address'],
];

/**
 * "Name: …", "Position: …", "Affiliation: …", "Address: …" header lines, in any order and with any spacing; an
 * address's continuation lines (indented, or before the next "Key:") stay in it. Other lines come back as `rest`.
 */
function keyValues(rows: string[]): {
  name?: string;
  title?: string;
  affiliation: string[];
  address?: string;
  rest: string[];
} {
  const out: ReturnType<typeof keyValues> = { affiliation: [], rest: [] };
  let inAddress = false;
  for (const row of rows) {
    const m = /^\s*([A-Za-z][A-Za-z .-]{0,24}?)\s*:\s*(.*)$/.exec(row);
    const kind = m ? KEYS.find(([re]) => re.test((m[1] ?? '').trim()))?.[1] : undefined;
    if (m && kind) {
      const value = (m[2] ?? '').trim();
      inAddress = kind === 'address';
      if (kind === 'name' && value) out.name ??= value;
      else if (kind === 'title' && value) out.title ??= value;
      else if (kind === 'affiliation' && value) out.affiliation.push(value);
      else if (kind === 'address') out.address = [out.address, value].filter(Boolean).join(', ');
      continue;
    }
    if (inAddress && !/:/.test(row) && !/@|https?:/.test(row)) {
      out.address = [out.address, row.trim()].filter(Boolean).join(', ');
      continue;
    }
    inAddress = false;
    out.rest.push(row);
  }
  return out;
}

export function parseContact(lines: string[], warnings: string[]): ProfileDraft {
  const draft: ProfileDraft = {};
  const keyed = keyValues(lines.map(cleanMarkup).filter(Boolean));
  const rows = keyed.rest;
  const nameLine = keyed.name ?? rows.slice(0, 4).find(looksLikeName);
  if (nameLine) {
    const native = /[(（]([^)）]+)[)）]/.exec(nameLine)?.[1];
    const honorific = HONORIFIC.exec(nameLine)?.[1];
    let full = nameLine
      .replace(/\s*[(（][^)）]*[)）]/g, '')
      .replace(/[,，].*$/, '')
      .replace(HONORIFIC, '')
      .trim();
    if (full === full.toUpperCase()) full = titleCase(full);
    draft.name = {
      full,
      ...splitName(full),
      ...(honorific ? { honorific: honorific.startsWith('Prof') ? 'Prof.' : 'Dr.' } : {}),
      ...(native && /[^\p{Script=Latin}\s]/u.test(native) ? { native } : {}),
    };
  } else warnings.push('No name found at the top of the CV.');
  const emails: NonNullable<ProfileDraft['emails']> = [];
  const phones: NonNullable<ProfileDraft['phones']> = [];
  const links: Partial<Profile['links']> = {};
  const other: { label: string; url: string }[] = [];
  const addressLines: string[] = [];
  const affiliation: string[] = [...keyed.affiliation];
  const places: string[] = [];
  let title: string | undefined = keyed.title;
  let country: string | undefined = keyed.address ? placeCountry(keyed.address.split(/\s*,\s*/)) : undefined;
  if (keyed.address) addressLines.push(keyed.address);
  const pieces = rows.filter((r) => r !== nameLine).flatMap(segments);
  for (const piece of pieces) {
    let rest = piece;
    for (const m of piece.matchAll(EMAIL_G)) {
      const email = makeEmail(m[0], emails.length === 0);
      if (email && !emails.some((e) => e.address.toLowerCase() === email.address.toLowerCase())) emails.push(email);
      rest = rest.replace(m[0], ' ');
    }
    const orcid = ORCID_RE.exec(rest);
    if (orcid) {
      setScholarId(links, 'orcid', orcid[1] ?? '');
      rest = rest.replace(/(https?:\/\/)?(orcid\.org\/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]/i, ' ');
    }
    for (const m of rest.matchAll(URL_G)) {
      const text = m[0].replace(/[.,;]+$/, '');
      if (/^\d+(\.\d+)+$/.test(text)) continue;
      const scholar = scholarIdFromUrl(text);
      if (scholar) setScholarId(links, scholar.service, scholar.id);
      else {
        const url = safeUrl(text);
        if (!url) continue;
        if (!links.homepage) links.homepage = url;
        else other.push({ label: new URL(url).hostname, url });
      }
      rest = rest.replace(m[0], ' ');
    }
    rest = rest.replace(LABELS, ' ').trim();
    // Phones: several on one line are split where a new international number starts.
    for (const part of rest.split(/\s*[;,/]\s*|\s+(?=\+\d)|\s+(?=\(\+\d)/)) {
      const candidate = part.trim();
      if (!/^[+(]?[+\d\s().-]{7,}$/.test(candidate) || (candidate.match(/\d/g)?.length ?? 0) < 7) continue;
      const phone = makePhone(candidate.replace(/^\((\+\d{1,3})\)/, '$1'), phones.length === 0, country);
      if (!phone) continue;
      phone.raw = candidate;
      phones.push(phone);
      rest = rest.replace(candidate, ' ');
    }
    const leftover = rest
      .replace(/\s{2,}/g, ' ')
      .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
      .trim();
    if (leftover.length < 3) continue;
    const firstPart = leftover.split(/\s*,\s*/)[0] ?? '';
    if (!title && TITLE.test(firstPart) && firstPart.length < 80 && !DEPARTMENT.test(firstPart)) {
      title = firstPart;
      const tail = leftover.slice(firstPart.length).replace(/^[\s,]+/, '');
      if (tail && AFFILIATION.test(tail)) affiliation.push(tail);
      continue;
    }
    if (leftover.length > 300) continue;
    // A department or institution line without a street is where the person works, never a postal address.
    if (AFFILIATION.test(leftover) && !STREET.test(leftover)) {
      affiliation.push(leftover);
      continue;
    }
    const parts = leftover.split(/\s*,\s*/);
    const maybeCountry = placeCountry(parts);
    if (maybeCountry && !country) country = maybeCountry;
    // "Hong Kong, China", "Cambridge, MA, USA": the place of the affiliation unless a street follows.
    if (maybeCountry && parts.length <= 3 && !STREET.test(leftover)) places.push(leftover);
    else addressLines.push(leftover);
  }
  if (emails.length) draft.emails = emails;
  if (phones.length) draft.phones = phones;
  if (other.length) links.other = other;
  if (Object.keys(links).length) draft.links = links;
  if (addressLines.length) draft.address = { lines: [...addressLines, ...places], ...(country ? { country } : {}) };
  const parts = affiliation.flatMap((l) => l.split(/\s*,\s*/)).filter(Boolean);
  // "Institute of X, University of Y": the university is the institution, the institute inside it the department.
  const institution =
    parts.find((p) => UNIVERSITY.test(p) && !DEPARTMENT.test(p)) ??
    parts.find((p) => INSTITUTION.test(p) && !DEPARTMENT.test(p)) ??
    parts.find((p) => !DEPARTMENT.test(p));
  const department =
    parts.find((p) => DEPARTMENT.test(p)) ?? parts.find((p) => p !== institution && AFFILIATION.test(p));
  const institutionText = institution === undefined ? undefined : cleanText(institution, 300);
  const departmentText = department === undefined ? undefined : cleanText(department, 300);
  if (institutionText) {
    const place = places[0]?.split(/\s*,\s*/);
    const city = place && place.length > 1 ? place[0] : undefined;
    draft.positions = [
      {
        title: cleanText(title, 300) ?? '',
        institution: institutionText,
        ...(departmentText ? { department: departmentText } : {}),
        ...(city ? { city } : {}),
        ...(places.length && country ? { country } : {}),
        end: 'present',
      },
    ];
  }
  return draft;
}
