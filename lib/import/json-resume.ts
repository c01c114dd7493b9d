/**
 * JSON Resume v1.0.0 (https://jsonresume.org/schema) to a profile draft.
 *
 * Standard fields map to the profile (basics → name, emails, phones, address, links; work → positions or
 * experience; education; awards; publications; skills; languages; interests; references → referees). Vitae's own
 * extras, written by lib/export/json-resume.ts, are read back from the documented keys:
 * - `meta["x-vitae"]`: sections JSON Resume has no place for (service, teaching, talks, grants, relations, bios,
 *   keywords) and the full name parts, emails and phones;
 * - `"x-vitae"` inside an item: the item's own extras (publication type and authors with flags, DOI, arXiv id;
 *   education advisors and thesis; whether a work item is a position or research experience; …).
 * Standard fields Vitae does not model (volunteer, certificates, projects, work highlights, skill levels, …) are kept
 * in `extras.jsonResume` so that exporting gives them back.
 */
import type { Profile } from '../profile/schema';
import { cleanText, countryCode, makeEmail, makePhone, safeUrl, splitName } from './clean';
import { isoPartialDate } from './dates';
import { JsonReader, isObject, type Json } from './json-reader';
import { scholarIdFromUrl, serviceOfNetwork, setScholarId } from '../values/scholar-ids';
import type { ProfileDraft } from './types';
import { guessPublicationType } from './venue';

export const X_VITAE = 'x-vitae';

type Rows<K extends keyof ProfileDraft> = NonNullable<ProfileDraft[K]>;

/** The sidecar of standard JSON Resume fields without a home in the profile. */
export interface JsonResumeExtras {
  basics?: { label?: string; image?: string };
  /** keyed by `itemKey` */
  items?: Record<string, Json>;
  volunteer?: unknown[];
  certificates?: unknown[];
  projects?: unknown[];
  meta?: Json;
}

/** Key of an item in the sidecar: its section and identifying fields. */
export function itemKey(section: string, ...parts: (string | undefined)[]): string {
  return [section, ...parts.map((p) => (p ?? '').trim().toLowerCase())].join('|');
}

const JSON_RESUME_KEYS = [
  'basics',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
  'meta',
];

export function looksLikeJsonResume(value: unknown): boolean {
  return isObject(value) && (isObject(value.basics) || JSON_RESUME_KEYS.filter((k) => k in value).length >= 2);
}

function pick<T extends Json>(obj: T, keys: string[]): Json {
  const out: Json = {};
  for (const key of keys) if (obj[key] !== undefined) out[key] = obj[key];
  return out;
}

function vitaeOf(item: Json): Json {
  const x = item[X_VITAE];
  return isObject(x) ? x : {};
}

const EXPERIENCE_ROLE = /\b(intern|internship|research assistant|visiting|trainee|volunteer|exchange)\b/i;

export function importJsonResume(
  data: unknown,
): { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string } {
  if (!isObject(data)) return { ok: false, error: 'Not a JSON Resume: the file is not a JSON object.' };
  if (!looksLikeJsonResume(data))
    return {
      ok: false,
      error: 'Not a JSON Resume: it has no "basics" and none of the JSON Resume sections (work, education, …).',
    };
  const r = new JsonReader();
  const draft: ProfileDraft = {};
  const items: Record<string, Json> = {};
  const extras: JsonResumeExtras = { items };
  const keepItem = (key: string, item: Json, keys: string[]) => {
    const kept = pick(item, keys);
    if (Object.keys(kept).length) items[key] = kept;
  };
  const meta = r.obj(data, 'meta', '') ?? {};
  const vx = isObject(meta[X_VITAE]) ? meta[X_VITAE] : {};

  // basics
  const basics = r.obj(data, 'basics', '') ?? {};
  const fullName = cleanText(r.str(basics, 'name', 'basics'), 400);
  const vName = isObject(vx.name) ? vx.name : {};
  if (fullName || Object.keys(vName).length) {
    draft.name = { ...(fullName ? { full: fullName, ...splitName(fullName) } : {}) };
    for (const [k, val] of Object.entries(vName)) if (typeof val === 'string' && val) (draft.name as Json)[k] = val;
  }
  const label = cleanText(r.str(basics, 'label', 'basics'), 300);
  const image = r.str(basics, 'image', 'basics');
  if (label || image) extras.basics = { ...(label ? { label } : {}), ...(image ? { image } : {}) };

  const emails: Rows<'emails'> = [];
  const email = r.str(basics, 'email', 'basics');
  if (email) {
    const e = makeEmail(email, true);
    if (e) emails.push(e);
    else r.warnings.push(`Left out basics.email "${email}": not an email address.`);
  }
  if (Array.isArray(vx.emails))
    for (const e of vx.emails)
      if (isObject(e) && typeof e.address === 'string') emails.push(e as Rows<'emails'>[number]);
  if (emails.length) draft.emails = emails;

  const phones: Rows<'phones'> = [];
  const phone = r.str(basics, 'phone', 'basics');
  const location = r.obj(basics, 'location', 'basics');
  const country = countryCode(location ? r.str(location, 'countryCode', 'basics.location') : undefined);
  if (phone) {
    const p = makePhone(phone, true, country);
    if (p) phones.push(p);
  }
  if (Array.isArray(vx.phones))
    for (const p of vx.phones) if (isObject(p) && typeof p.raw === 'string') phones.push(p as Rows<'phones'>[number]);
  if (phones.length) draft.phones = phones;

  const url = r.str(basics, 'url', 'basics');
  const links: Partial<Profile['links']> = {};
  if (url) {
    const safe = safeUrl(url);
    if (safe) links.homepage = safe;
    else r.warnings.push(`Left out basics.url "${url.slice(0, 80)}": only http(s) links are kept.`);
  }
  const summary = cleanText(r.str(basics, 'summary', 'basics'), 20_000);
  if (location) {
    const address: Partial<Profile['address']> = {};
    const line = cleanText(r.str(location, 'address', 'basics.location'), 300);
    if (line)
      address.lines = line
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const city = cleanText(r.str(location, 'city', 'basics.location'), 200);
    const region = cleanText(r.str(location, 'region', 'basics.location'), 200);
    const postalCode = cleanText(r.str(location, 'postalCode', 'basics.location'), 40);
    if (city) address.city = city;
    if (region) address.region = region;
    if (postalCode) address.postalCode = postalCode;
    if (country) address.country = country;
    if (Object.keys(address).length) draft.address = address;
  }
  const other: { label: string; url: string }[] = [];
  for (const { item, path } of r.objects(basics, 'profiles', 'basics')) {
    const network = r.str(item, 'network', path) ?? '';
    const username = r.str(item, 'username', path);
    const profileUrl = r.str(item, 'url', path);
    const key = serviceOfNetwork(network);
    const fromUrl = profileUrl ? scholarIdFromUrl(profileUrl) : undefined;
    const id = fromUrl && (!key || fromUrl.service === key) ? fromUrl.id : username;
    const target = key ?? fromUrl?.service;
    if (target && id && setScholarId(links, target, id)) continue;
    const safe = safeUrl(profileUrl);
    if (safe) other.push({ label: cleanText(network, 100) ?? 'Link', url: safe });
    else r.warnings.push(`Left out ${path} (${network || 'no network'}): no usable id or http(s) link.`);
  }
  if (other.length) links.other = other;
  if (Object.keys(links).length) draft.links = links;

  // work → positions or experience
  const positions: Rows<'positions'> = [];
  const experience: Rows<'experience'> = [];
  for (const { item, path } of r.objects(data, 'work', '')) {
    const x = vitaeOf(item);
    const name = cleanText(r.str(item, 'name', path), 300);
    const role = cleanText(r.str(item, 'position', path), 300);
    const start = isoPartialDate(r.str(item, 'startDate', path));
    const endRaw = r.str(item, 'endDate', path);
    const end = endRaw
      ? isoPartialDate(endRaw)
      : x.current === true || (start && x.current !== false)
        ? 'present'
        : undefined;
    const description = cleanText(r.str(item, 'summary', path), 10_000);
    const where = cleanText(r.str(item, 'location', path), 300);
    const isExperience = x.kind === 'experience' || (x.kind !== 'position' && EXPERIENCE_ROLE.test(role ?? ''));
    keepItem(
      itemKey('work', r.str(item, 'name', path), r.str(item, 'position', path), r.str(item, 'startDate', path)),
      item,
      ['url', 'highlights', 'description', ...(isExperience ? [] : ['summary'])],
    );
    if (!name && !role) {
      r.warnings.push(`Left out ${path}: it has neither a name nor a position.`);
      continue;
    }
    if (isExperience) {
      experience.push({
        role: role ?? 'Researcher',
        organisation: name ?? '',
        ...(where ? { location: where } : {}),
        ...(Array.isArray(x.mentors) ? { mentors: x.mentors.filter((m): m is string => typeof m === 'string') } : {}),
        ...(typeof x.project === 'string' ? { project: x.project } : {}),
        ...(description ? { description } : {}),
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
      });
    } else {
      positions.push({
        title: role ?? '',
        institution: name ?? '',
        ...(where ? { city: where } : {}),
        ...pick(x, ['department', 'institutionDomain', 'region', 'country', 'city']),
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
      });
    }
  }
  if (positions.length) draft.positions = positions;
  if (experience.length) draft.experience = experience;

  const volunteer = data.volunteer;
  if (Array.isArray(volunteer) && volunteer.length) extras.volunteer = volunteer;
  const certificates = data.certificates;
  if (Array.isArray(certificates) && certificates.length) extras.certificates = certificates;
  const projects = data.projects;
  if (Array.isArray(projects) && projects.length) extras.projects = projects;

  const education: Rows<'education'> = [];
  for (const { item, path } of r.objects(data, 'education', '')) {
    const x = vitaeOf(item);
    const institution = cleanText(r.str(item, 'institution', path), 300);
    if (!institution) {
      r.warnings.push(`Left out ${path}: it has no institution.`);
      continue;
    }
    keepItem(itemKey('education', institution, r.str(item, 'studyType', path), r.str(item, 'startDate', path)), item, [
      'url',
      'score',
      'courses',
    ]);
    const start = isoPartialDate(r.str(item, 'startDate', path));
    const end = isoPartialDate(r.str(item, 'endDate', path));
    const field = cleanText(r.str(item, 'area', path), 300);
    education.push({
      degree: cleanText(r.str(item, 'studyType', path), 200) ?? '',
      institution,
      ...(field ? { field } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(Array.isArray(x.advisors) ? { advisors: x.advisors.filter((a): a is string => typeof a === 'string') } : {}),
      ...pick(x, ['thesisTitle', 'country', 'city', 'institutionDomain']),
    });
  }
  if (education.length) draft.education = education;

  const awards: Rows<'awards'> = [];
  for (const { item, path } of r.objects(data, 'awards', '')) {
    const title = cleanText(r.str(item, 'title', path), 500);
    if (!title) {
      r.warnings.push(`Left out ${path}: it has no title.`);
      continue;
    }
    const date = isoPartialDate(r.str(item, 'date', path));
    const awarder = cleanText(r.str(item, 'awarder', path), 300);
    const description = cleanText(r.str(item, 'summary', path), 2_000);
    const x = vitaeOf(item);
    awards.push({
      title,
      ...(date ? { date } : {}),
      ...(awarder ? { awarder } : {}),
      ...(description ? { description } : {}),
      ...(typeof x.end === 'string' ? { end: x.end } : {}),
    });
  }
  if (awards.length) draft.awards = awards;

  const publications: Rows<'publications'> = [];
  for (const { item, path } of r.objects(data, 'publications', '')) {
    const title = cleanText(r.str(item, 'name', path), 2_000);
    if (!title) {
      r.warnings.push(`Left out ${path}: it has no name (title).`);
      continue;
    }
    const x = vitaeOf(item);
    const venue = cleanText(r.str(item, 'publisher', path), 1_000);
    const release = r.str(item, 'releaseDate', path);
    const date = isoPartialDate(release);
    if (date && date.length > 7) keepItem(itemKey('publications', title), item, ['releaseDate']);
    const link = r.str(item, 'url', path);
    const safe = safeUrl(link);
    if (link && !safe) r.warnings.push(`Left out ${path}.url: only http(s) links are kept.`);
    const note = cleanText(r.str(item, 'summary', path), 2_000);
    const extraFields = pick(x, [
      'authors',
      'volume',
      'issue',
      'pages',
      'publisher',
      'doi',
      'arxiv',
      'status',
      'selected',
      'label',
      'note',
    ]);
    const type = typeof x.type === 'string' ? x.type : guessPublicationType(venue);
    publications.push({
      type,
      title,
      ...(venue ? { venue } : {}),
      ...(date ? { year: Number(date.slice(0, 4)) } : {}),
      ...(date && date.length >= 7 ? { month: Number(date.slice(5, 7)) } : {}),
      ...(safe ? { url: safe } : {}),
      ...(note ? { note } : {}),
      ...extraFields,
    } as Rows<'publications'>[number]);
  }
  if (publications.length) draft.publications = publications;

  const skills: string[] = [];
  for (const { item, path } of r.objects(data, 'skills', '')) {
    const name = cleanText(r.str(item, 'name', path), 200);
    if (!name) continue;
    skills.push(name);
    keepItem(itemKey('skills', name), item, ['level', 'keywords']);
  }
  if (skills.length) draft.skills = skills;

  const languages: Rows<'languages'> = [];
  for (const { item, path } of r.objects(data, 'languages', '')) {
    const language = cleanText(r.str(item, 'language', path), 100);
    const fluency = cleanText(r.str(item, 'fluency', path), 100);
    if (language) languages.push({ language, ...(fluency ? { proficiency: fluency } : {}) });
  }
  if (languages.length) draft.languages = languages;

  const interests: string[] = [];
  for (const { item, path } of r.objects(data, 'interests', '')) {
    const name = cleanText(r.str(item, 'name', path), 300);
    if (!name) continue;
    interests.push(name);
    keepItem(itemKey('interests', name), item, ['keywords']);
  }
  if (interests.length) draft.interests = interests;

  const referees: Rows<'referees'> = [];
  for (const { item, path } of r.objects(data, 'references', '')) {
    const name = cleanText(r.str(item, 'name', path), 200);
    if (!name) continue;
    keepItem(itemKey('references', name), item, ['reference']);
    referees.push({
      name,
      ...pick(vitaeOf(item), ['title', 'institution', 'email', 'phone', 'relation']),
    });
  }
  if (referees.length) draft.referees = referees;

  // Vitae's own sections from meta["x-vitae"].
  for (const section of ['service', 'teaching', 'talks', 'grants', 'relations', 'bios', 'keywords'] as const) {
    const rows = vx[section];
    if (rows === undefined) continue;
    if (Array.isArray(rows)) (draft as Record<string, unknown>)[section] = rows;
    else r.wrong(`meta.${X_VITAE}.${section}`, rows, 'a list');
  }
  if (summary && !(draft.bios ?? []).some((b) => b.text === summary))
    draft.bios = [
      { name: 'Summary', person: /\b(I|my|me)\b/.test(summary) ? 'first' : 'third', text: summary },
      ...(draft.bios ?? []),
    ];

  const restMeta = pick(
    meta,
    Object.keys(meta).filter((k) => k !== X_VITAE),
  );
  if (Object.keys(restMeta).length) extras.meta = restMeta;
  if (!Object.keys(extras.items ?? {}).length) delete extras.items;
  if (Object.keys(extras).length) draft.extras = { jsonResume: extras };
  return { ok: true, draft, warnings: r.warnings };
}
