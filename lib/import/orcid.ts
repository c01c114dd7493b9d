/**
 * A downloaded ORCID record (public API v3.0 JSON, `/v3.0/{iD}/record`): name, biography, emails, links, keywords,
 * employments, educations, distinctions, fundings, peer reviews and works.
 */
import type { PublicationType } from '../profile/schema';
import { makePartialDate } from '../profile/dates';
import { cleanText, countryCode, makeEmail, normaliseArxiv, normaliseDoi, safeUrl } from './clean';
import { isObject, type Json } from './json-reader';
import { scholarIdFromUrl, setScholarId } from '../values/scholar-ids';
import type { ProfileDraft } from './types';

type Rows<K extends keyof ProfileDraft> = NonNullable<ProfileDraft[K]>;

export function looksLikeOrcid(value: unknown): boolean {
  return (
    isObject(value) &&
    ('orcid-identifier' in value || 'activities-summary' in value || ('person' in value && 'path' in value))
  );
}

/** Follow a path of keys through nested objects; arrays are not entered. */
function at(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const key of keys) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}
const str = (obj: unknown, ...keys: string[]) => {
  const v = at(obj, ...keys);
  return typeof v === 'string' ? v : isObject(v) && typeof v.value === 'string' ? v.value : undefined;
};
const list = (obj: unknown, ...keys: string[]): Json[] => {
  const v = at(obj, ...keys);
  return Array.isArray(v) ? v.filter(isObject) : [];
};

function orcidDate(value: unknown): string | undefined {
  const year = Number(str(value, 'year'));
  if (!year) return undefined;
  const month = Number(str(value, 'month')) || undefined;
  return makePartialDate(year, month);
}

/** The summaries of an affiliation section (employments, educations, distinctions, …). */
function affiliations(record: Json, section: string, kind: string): Json[] {
  return list(record, 'activities-summary', section, 'affiliation-group').flatMap((group) =>
    list(group, 'summaries')
      .map((s) => at(s, `${kind}-summary`))
      .filter(isObject),
  );
}

const WORK_TYPES: Record<string, PublicationType> = {
  'journal-article': 'journal',
  'conference-paper': 'conference',
  'conference-abstract': 'conference',
  'conference-poster': 'conference',
  preprint: 'preprint',
  'working-paper': 'preprint',
  book: 'book',
  'book-chapter': 'chapter',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  patent: 'patent',
};

/**
 * Authors of a work, in the order listed, when it carries `contributors` (a work detail, or a summary that the
 * remote import completed from `/works/{put-codes}`). The owner is the contributor with the record's own iD;
 * otherwise merge marks the owner by name. Editors and other roles are left out.
 */
function orcidAuthors(work: Json, ownId: string | undefined): { name: string; self?: boolean }[] {
  return list(work, 'contributors', 'contributor').flatMap((c) => {
    const role = str(c, 'contributor-attributes', 'contributor-role');
    if (role && /editor|translator|chair|assignee/i.test(role)) return [];
    const name = cleanText(str(c, 'credit-name'), 300);
    if (!name) return [];
    const id = str(c, 'contributor-orcid', 'path');
    return [{ name, ...(ownId && id === ownId ? { self: true } : {}) }];
  });
}

export function importOrcid(
  data: unknown,
): { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string } {
  if (!looksLikeOrcid(data))
    return { ok: false, error: 'Not an ORCID record: no "orcid-identifier" or "activities-summary".' };
  const record = data as Json;
  const warnings: string[] = [];
  const draft: ProfileDraft = {};
  const person = at(record, 'person') ?? record;
  const given = cleanText(str(person, 'name', 'given-names'), 200);
  const family = cleanText(str(person, 'name', 'family-name'), 200);
  const credit = cleanText(str(person, 'name', 'credit-name'), 400);
  if (given || family || credit)
    draft.name = {
      ...(given ? { given } : {}),
      ...(family ? { family } : {}),
      full: credit ?? [given, family].filter(Boolean).join(' '),
    };
  const links: NonNullable<ProfileDraft['links']> = {};
  const orcid = str(record, 'orcid-identifier', 'path');
  if (orcid) setScholarId(links, 'orcid', orcid);
  const other: { label: string; url: string }[] = [];
  for (const link of list(person, 'researcher-urls', 'researcher-url')) {
    const url = safeUrl(str(link, 'url'));
    if (!url) continue;
    const scholar = scholarIdFromUrl(url);
    if (scholar && setScholarId(links, scholar.service, scholar.id)) continue;
    const label = cleanText(str(link, 'url-name'), 100) ?? new URL(url).hostname;
    if (!links.homepage && /home|personal|website|web page/i.test(label)) links.homepage = url;
    else other.push({ label, url });
  }
  if (other.length) links.other = other;
  if (Object.keys(links).length) draft.links = links;
  const emails = list(person, 'emails', 'email').flatMap((e, i) => {
    const email = makeEmail(str(e, 'email') ?? '', e.primary === true || i === 0);
    return email ? [email] : [];
  });
  if (emails.length) draft.emails = emails;
  const bio = cleanText(str(person, 'biography', 'content'), 20_000);
  if (bio) draft.bios = [{ name: 'ORCID biography', person: /\b(I|my|me)\b/.test(bio) ? 'first' : 'third', text: bio }];
  const keywords = list(person, 'keywords', 'keyword').flatMap((k) => cleanText(str(k, 'content'), 300) ?? []);
  if (keywords.length) draft.keywords = keywords;
  const country = countryCode(str(list(person, 'addresses', 'address')[0], 'country'));
  if (country) draft.address = { country };

  const positions: Rows<'positions'> = [];
  for (const s of [
    ...affiliations(record, 'employments', 'employment'),
    ...affiliations(record, 'invited-positions', 'invited-position'),
  ]) {
    const institution = cleanText(str(s, 'organization', 'name'), 300);
    if (!institution) continue;
    const start = orcidDate(at(s, 'start-date'));
    const end = orcidDate(at(s, 'end-date'));
    const department = cleanText(str(s, 'department-name'), 300);
    const city = cleanText(str(s, 'organization', 'address', 'city'), 200);
    const c = countryCode(str(s, 'organization', 'address', 'country'));
    positions.push({
      title: cleanText(str(s, 'role-title'), 300) ?? '',
      institution,
      ...(department ? { department } : {}),
      ...(city ? { city } : {}),
      ...(c ? { country: c } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : start ? { end: 'present' } : {}),
    });
  }
  if (positions.length) draft.positions = positions;

  const education: Rows<'education'> = [];
  for (const s of [
    ...affiliations(record, 'educations', 'education'),
    ...affiliations(record, 'qualifications', 'qualification'),
  ]) {
    const institution = cleanText(str(s, 'organization', 'name'), 300);
    if (!institution) continue;
    const start = orcidDate(at(s, 'start-date'));
    const end = orcidDate(at(s, 'end-date'));
    const field = cleanText(str(s, 'department-name'), 300);
    const c = countryCode(str(s, 'organization', 'address', 'country'));
    education.push({
      degree: cleanText(str(s, 'role-title'), 200) ?? '',
      institution,
      ...(field ? { field } : {}),
      ...(c ? { country: c } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
    });
  }
  if (education.length) draft.education = education;

  const awards: Rows<'awards'> = affiliations(record, 'distinctions', 'distinction').flatMap((s) => {
    const title = cleanText(str(s, 'role-title'), 500);
    if (!title) return [];
    const date = orcidDate(at(s, 'start-date'));
    const awarder = cleanText(str(s, 'organization', 'name'), 300);
    return [{ title, ...(awarder ? { awarder } : {}), ...(date ? { date } : {}) }];
  });
  if (awards.length) draft.awards = awards;

  const grants: Rows<'grants'> = list(record, 'activities-summary', 'fundings', 'group').flatMap((group) =>
    list(group, 'funding-summary')
      .slice(0, 1)
      .flatMap((f) => {
        const title = cleanText(str(f, 'title', 'title'), 500);
        if (!title) return [];
        const funder = cleanText(str(f, 'organization', 'name'), 300);
        const start = orcidDate(at(f, 'start-date'));
        const end = orcidDate(at(f, 'end-date'));
        return [{ title, ...(funder ? { funder } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) }];
      }),
  );
  if (grants.length) draft.grants = grants;

  const service: Rows<'service'> = list(record, 'activities-summary', 'peer-reviews', 'group').flatMap((group) => {
    const summaries = list(group, 'peer-review-group').flatMap((g) => list(g, 'peer-review-summary'));
    const first = summaries[0];
    const venue =
      cleanText(str(first, 'convening-organization', 'name'), 300) ??
      cleanText(str(group, 'external-ids', 'external-id'), 300);
    if (!venue) return [];
    const years = summaries
      .map((s) => Number(str(s, 'completion-date', 'year')))
      .filter(Boolean)
      .sort();
    return [
      {
        role: 'reviewer' as const,
        venue,
        ...(years.length ? { start: String(years[0]) } : {}),
        ...(years.length > 1 ? { end: String(years[years.length - 1]) } : {}),
      },
    ];
  });
  if (service.length) draft.service = service;

  const publications: Rows<'publications'> = list(record, 'activities-summary', 'works', 'group').flatMap((group) => {
    const work = list(group, 'work-summary')[0];
    const title = cleanText(str(work, 'title', 'title'), 2_000);
    if (!work || !title) return [];
    const ids = list(work, 'external-ids', 'external-id');
    const idOf = (type: string) =>
      str(
        ids.find((x) => str(x, 'external-id-type') === type),
        'external-id-value',
      );
    const doi = normaliseDoi(idOf('doi'));
    const arxiv = normaliseArxiv(idOf('arxiv'));
    const venue = cleanText(str(work, 'journal-title'), 1_000);
    const type = WORK_TYPES[str(work, 'type') ?? ''] ?? 'other';
    const year = Number(str(work, 'publication-date', 'year')) || undefined;
    const month = Number(str(work, 'publication-date', 'month')) || undefined;
    const url = safeUrl(str(work, 'url'));
    const authors = orcidAuthors(work, orcid);
    return [
      {
        type,
        title,
        ...(authors.length ? { authors } : {}),
        ...(venue ? { venue } : {}),
        ...(year ? { year } : {}),
        ...(month ? { month } : {}),
        ...(doi ? { doi } : {}),
        ...(arxiv ? { arxiv } : {}),
        ...(url ? { url } : {}),
        status: type === 'preprint' ? ('in-submission' as const) : ('published' as const),
      },
    ];
  });
  if (publications.length) draft.publications = publications;
  if (!Object.keys(draft).length) warnings.push('The ORCID record is empty or private: nothing to import.');
  return { ok: true, draft, warnings };
}
