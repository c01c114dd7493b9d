/**
 * Profile → JSON Resume v1.0.0 (validated in tests against the official v1.0.0 schema, whose top level admits no
 * extra keys). Vitae's academic extras go where the schema allows them, under documented keys:
 *
 * - `basics.profiles`: scholar identities with the network names "ORCID", "Google Scholar", "DBLP",
 *   "Semantic Scholar", "OpenReview", "GitHub", "LinkedIn" (username = the bare id, url = the canonical page);
 * - `meta["x-vitae"]`: `{ version, name, emails, phones, service, teaching, talks, grants, relations, bios,
 *   keywords }` — the sections JSON Resume has no place for, and the full name parts, emails and phones;
 * - `"x-vitae"` in an item: for `work`, `{ kind: "position" | "experience", current, department, mentors, project, … }`;
 *   for `education`, `{ advisors, thesisTitle, country, … }`; for `publications`, `{ type, authors (with self /
 *   equalContribution / corresponding flags), doi, arxiv, volume, issue, pages, publisher, status, selected, label }`;
 *   for `awards`, `{ end }`; for `references`, `{ title, institution, email, phone, relation }`.
 *
 * lib/import/json-resume.ts reads all of these back, and gives back standard fields Vitae does not model from
 * `profile.extras.jsonResume`.
 */
import { displayName, primaryEmail } from '../profile/create';
import { compareDates } from '../profile/dates';
import type { Profile } from '../profile/schema';
import { itemKey, X_VITAE, type JsonResumeExtras } from '../import/json-resume';
import { safeUrl } from '../import/clean';
import { SCHOLAR_IDS, SCHOLAR_SERVICES, scholarLink } from '../values/scholar-ids';

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Json = Record<string, unknown>;

/** Drop undefined, empty strings, empty lists and empty objects, so the output has only what is known. */
function compact<T extends Json>(obj: T): T {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

function endDate(end: string | undefined): string | undefined {
  return end && end !== 'present' ? end : undefined;
}

/** What a `work` entry is made of, whether it comes from a position or from other experience. */
interface WorkRow {
  name: string;
  position: string;
  location?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  summary?: string | undefined;
}

function sidecar(profile: Profile): JsonResumeExtras {
  const x = profile.extras?.jsonResume;
  return x && typeof x === 'object' ? x : {};
}

export function toJsonResume(profile: Profile): Json {
  const extras = sidecar(profile);
  const kept = (key: string): Json => extras.items?.[key] ?? {};
  const primaryPhone = profile.phones.find((p) => p.primary) ?? profile.phones[0];
  const summaryBio = profile.bios[0];
  const a = profile.address;
  const profiles: Json[] = [];
  for (const service of SCHOLAR_SERVICES) {
    const id = profile.links[service];
    const url = id ? scholarLink(service, id) : undefined;
    if (id) profiles.push({ network: SCHOLAR_IDS[service].label, username: id, ...(url ? { url } : {}) });
  }
  for (const link of profile.links.other) {
    const url = safeUrl(link.url);
    if (url) profiles.push({ network: link.label, url });
  }
  const current = [...profile.positions].sort((x, y) => compareDates(y.end ?? y.start, x.end ?? x.start))[0];

  const basics = compact({
    name: displayName(profile),
    label: extras.basics?.label ?? current?.title,
    image: extras.basics?.image,
    email: primaryEmail(profile),
    phone: primaryPhone?.raw,
    url: safeUrl(profile.links.homepage),
    summary: summaryBio?.text,
    location: compact({
      address: a.lines.join('\n'),
      postalCode: a.postalCode,
      city: a.city,
      countryCode: a.country,
      region: a.region,
    }),
    profiles,
  });

  /** Positions and other experience both become JSON Resume `work` entries, told apart by `x-vitae.kind`. */
  const workEntry = (row: WorkRow, { kind, ...vitae }: Json & { kind: 'position' | 'experience' }) =>
    compact({
      name: row.name,
      position: row.position,
      location: row.location,
      startDate: row.start,
      endDate: endDate(row.end),
      summary: row.summary,
      ...kept(itemKey('work', row.name, row.position, row.start)),
      [X_VITAE]: compact({
        kind,
        current: row.end === 'present' ? true : row.end === undefined && row.start ? false : undefined,
        ...vitae,
      }),
    });
  const work = [
    ...profile.positions.map((p) =>
      workEntry(
        { name: p.institution, position: p.title, location: p.city, start: p.start, end: p.end },
        {
          kind: 'position',
          department: p.department,
          institutionDomain: p.institutionDomain,
          region: p.region,
          country: p.country,
        },
      ),
    ),
    ...profile.experience.map((e) =>
      workEntry(
        {
          name: e.organisation,
          position: e.role,
          location: e.location,
          start: e.start,
          end: e.end,
          summary: e.description,
        },
        { kind: 'experience', mentors: e.mentors, project: e.project },
      ),
    ),
  ].sort((x, y) => compareDates(String(y.startDate ?? ''), String(x.startDate ?? '')));

  const education = profile.education.map((e) =>
    compact({
      institution: e.institution,
      area: e.field,
      studyType: e.degree,
      startDate: e.start,
      endDate: endDate(e.end),
      ...kept(itemKey('education', e.institution, e.degree, e.start)),
      [X_VITAE]: compact({
        advisors: e.advisors,
        thesisTitle: e.thesisTitle,
        city: e.city,
        country: e.country,
        institutionDomain: e.institutionDomain,
      }),
    }),
  );

  const awards = profile.awards.map((w) =>
    compact({
      title: w.title,
      date: w.date,
      awarder: w.awarder,
      summary: w.description,
      [X_VITAE]: compact({ end: w.end }),
    }),
  );

  const publications = profile.publications.map((p) =>
    compact({
      name: p.title,
      publisher: p.venue,
      releaseDate: p.year ? `${p.year}${p.month ? `-${String(p.month).padStart(2, '0')}` : ''}` : undefined,
      url: safeUrl(p.url),
      summary: p.note,
      ...kept(itemKey('publications', p.title)),
      [X_VITAE]: compact({
        type: p.type,
        authors: p.authors,
        volume: p.volume,
        issue: p.issue,
        pages: p.pages,
        publisher: p.publisher,
        doi: p.doi,
        arxiv: p.arxiv,
        status: p.status,
        selected: p.selected || undefined,
        label: p.label,
      }),
    }),
  );

  const resume: Json = compact({
    $schema: JSON_RESUME_SCHEMA_URL,
    basics,
    work,
    volunteer: extras.volunteer,
    education,
    awards,
    certificates: extras.certificates,
    publications,
    skills: profile.skills.map((name) => compact({ name, ...kept(itemKey('skills', name)) })),
    languages: profile.languages.map((l) => compact({ language: l.language, fluency: l.proficiency })),
    interests: profile.interests.map((name) => compact({ name, ...kept(itemKey('interests', name)) })),
    references: profile.referees.map((r) =>
      compact({
        name: r.name,
        ...kept(itemKey('references', r.name)),
        [X_VITAE]: compact({
          title: r.title,
          institution: r.institution,
          email: r.email,
          phone: r.phone,
          relation: r.relation,
        }),
      }),
    ),
    projects: extras.projects,
    meta: compact({
      ...(extras.meta ?? {}),
      [X_VITAE]: compact({
        version: 1,
        name: compact({ ...profile.name }),
        emails: profile.emails.length > 1 ? profile.emails : undefined,
        phones: profile.phones.length > 1 || profile.phones.some((p) => p.e164) ? profile.phones : undefined,
        service: profile.service,
        teaching: profile.teaching,
        talks: profile.talks,
        grants: profile.grants,
        relations: profile.relations,
        bios: profile.bios.length > 1 || (summaryBio && summaryBio.name !== 'Summary') ? profile.bios : undefined,
        keywords: profile.keywords,
      }),
    }),
  });
  return resume;
}

export function serializeJsonResume(profile: Profile): string {
  return JSON.stringify(toJsonResume(profile), null, 2);
}
