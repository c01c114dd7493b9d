/**
 * The Vitae profile model: everything on an academic CV and everything the target forms ask for.
 *
 * Valibot rather than zod: its schemas are tree-shakable functions, so the popup and the background only carry the
 * validators they use (a few KB instead of zod's ~50 KB), and `InferOutput` gives the same static types.
 * Every boundary (import, backup restore, messages from UI pages, Dexie reads of old data) runs `parseProfile`.
 */
import * as v from 'valibot';

/** Current profile schema version; bump together with a Dexie `version(n)` and a migration in `migrate.ts`. */
export const PROFILE_SCHEMA_VERSION = 1;

const text = (max = 2_000) => v.pipe(v.string(), v.maxLength(max));
const optText = (max = 2_000) => v.optional(text(max));
/** A profile list: absent reads as empty. */
const list = <S extends v.GenericSchema>(item: S) => v.optional(v.array(item), []);
/** A yes/no that is no unless said. */
const flag = () => v.optional(v.boolean(), false);
const optWhole = (min: number, max: number) =>
  v.optional(v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max)));

/** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
export type PartialDate = v.InferOutput<typeof PartialDateSchema>;

/** End of a range: a partial date, or explicitly ongoing. */
export const EndDateSchema = v.union([PartialDateSchema, v.literal('present')]);
export type EndDate = v.InferOutput<typeof EndDateSchema>;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const NameSchema = v.object({
  given: optText(200),
  middle: optText(200),
  family: optText(200),
  /** The name as the person writes it in full (may differ from given + family). */
  full: optText(400),
  preferred: optText(200),
  /** Name in native script, e.g. 宋清宇. */
  native: optText(200),
  honorific: optText(50),
  pronouns: optText(50),
});
export type Name = v.InferOutput<typeof NameSchema>;

export const EMAIL_KINDS = ['academic', 'personal', 'work', 'other'] as const;
export const EmailSchema = v.object({
  address: v.pipe(v.string(), v.trim(), v.maxLength(320), v.email('not an email address')),
  kind: v.optional(v.picklist(EMAIL_KINDS), 'other'),
  primary: flag(),
});
export type Email = v.InferOutput<typeof EmailSchema>;

export const PHONE_KINDS = ['mobile', 'work', 'home', 'other'] as const;
export const PhoneSchema = v.object({
  /** As the person typed it. */
  raw: text(60),
  /** Normalised E.164 (`+85263412126`) when the number could be parsed. */
  e164: v.optional(v.pipe(v.string(), v.regex(/^\+[1-9]\d{4,14}$/, 'E.164 numbers look like +15551234567'))),
  kind: v.optional(v.picklist(PHONE_KINDS), 'other'),
  primary: flag(),
});
export type Phone = v.InferOutput<typeof PhoneSchema>;

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCodeSchema = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a country is an ISO 3166 alpha-2 code'));

export const AddressSchema = v.object({
  lines: list(text(300)),
  city: optText(200),
  region: optText(200),
  postalCode: optText(40),
  country: v.optional(CountryCodeSchema),
});
export type Address = v.InferOutput<typeof AddressSchema>;

export const OtherLinkSchema = v.object({ label: text(100), url: text(2_000) });

/**
 * Scholar identities are stored as bare ids; `lib/values/scholar-ids.ts` turns them into URLs and back.
 * homepage is a URL.
 */
export const LinksSchema = v.object({
  homepage: optText(2_000),
  orcid: v.optional(
    v.pipe(v.string(), v.regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'ORCID iDs look like 0000-0002-1825-0097')),
  ),
  googleScholar: optText(40),
  dblp: optText(100),
  semanticScholar: optText(40),
  openReview: optText(100),
  github: optText(100),
  linkedin: optText(200),
  other: list(OtherLinkSchema),
});
export type Links = v.InferOutput<typeof LinksSchema>;

/** Where a position or a degree was held. */
const institutionPlace = {
  institution: text(300),
  /** e.g. cse.cuhk.edu.hk — used for conflict-of-interest domains. */
  institutionDomain: optText(253),
  city: optText(200),
};

const range = {
  start: v.optional(PartialDateSchema),
  end: v.optional(EndDateSchema),
};

export const PositionSchema = v.object({
  id,
  title: text(300),
  department: optText(300),
  ...institutionPlace,
  region: optText(200),
  country: v.optional(CountryCodeSchema),
  ...range,
});
export type Position = v.InferOutput<typeof PositionSchema>;

export const EducationSchema = v.object({
  id,
  /** As written: "Ph.D.", "M.S.", "B.Sc." — `lib/values/degrees.ts` normalises. */
  degree: text(200),
  field: optText(300),
  ...institutionPlace,
  country: v.optional(CountryCodeSchema),
  advisors: list(text(200)),
  thesisTitle: optText(1_000),
  ...range,
});
export type Education = v.InferOutput<typeof EducationSchema>;

export const ExperienceSchema = v.object({
  id,
  role: text(300),
  organisation: text(300),
  location: optText(300),
  mentors: list(text(200)),
  project: optText(1_000),
  description: optText(10_000),
  ...range,
});
export type Experience = v.InferOutput<typeof ExperienceSchema>;

export const SERVICE_ROLES = [
  'reviewer',
  'pc-member',
  'senior-pc-member',
  'area-chair',
  'senior-area-chair',
  'editor',
  'associate-editor',
  'guest-editor',
  'organiser',
  'chair',
  'other',
] as const;
export const VENUE_KINDS = ['conference', 'journal', 'workshop', 'other'] as const;
export const ServiceSchema = v.object({
  id,
  role: v.picklist(SERVICE_ROLES),
  venue: text(300),
  venueKind: v.optional(v.picklist(VENUE_KINDS), 'other'),
  ...range,
  note: optText(500),
});
export type Service = v.InferOutput<typeof ServiceSchema>;

export const TEACHING_ROLES = ['instructor', 'teaching-assistant', 'guest-lecturer', 'other'] as const;
export const TeachingSchema = v.object({
  id,
  role: v.picklist(TEACHING_ROLES),
  courseCode: optText(100),
  title: text(300),
  institution: optText(300),
  /** As written: "Spring 2022", "Fall 2021". */
  term: optText(100),
  year: optWhole(1900, 2200),
});
export type Teaching = v.InferOutput<typeof TeachingSchema>;

export const AwardSchema = v.object({
  id,
  title: text(500),
  awarder: optText(300),
  date: v.optional(PartialDateSchema),
  end: v.optional(EndDateSchema),
  description: optText(2_000),
});
export type Award = v.InferOutput<typeof AwardSchema>;

export const TalkSchema = v.object({
  id,
  title: text(500),
  event: optText(300),
  location: optText(300),
  date: v.optional(PartialDateSchema),
  invited: flag(),
});
export type Talk = v.InferOutput<typeof TalkSchema>;

export const GrantSchema = v.object({
  id,
  title: text(500),
  funder: optText(300),
  amount: optText(100),
  role: optText(100),
  ...range,
});
export type Grant = v.InferOutput<typeof GrantSchema>;

export const LanguageSchema = v.object({ language: text(100), proficiency: optText(100) });
export type Language = v.InferOutput<typeof LanguageSchema>;

export const RefereeSchema = v.object({
  id,
  name: text(200),
  title: optText(200),
  institution: optText(300),
  email: optText(320),
  phone: optText(60),
  relation: optText(200),
});
export type Referee = v.InferOutput<typeof RefereeSchema>;

export const RELATION_KINDS = ['advisor', 'advisee', 'coauthor', 'colleague', 'mentor', 'other'] as const;
/** People for conflict-of-interest lists beyond co-authors (advisors also come from education). */
export const RelationSchema = v.object({
  id,
  name: text(200),
  relation: v.picklist(RELATION_KINDS),
  institution: optText(300),
  email: optText(320),
  ...range,
});
export type Relation = v.InferOutput<typeof RelationSchema>;

export const BIO_PERSONS = ['first', 'third'] as const;
export const BioSchema = v.object({
  id,
  name: text(100),
  person: v.picklist(BIO_PERSONS),
  text: text(20_000),
});
export type Bio = v.InferOutput<typeof BioSchema>;

export const PUBLICATION_TYPES = [
  'journal',
  'conference',
  'workshop',
  'preprint',
  'thesis',
  'book',
  'chapter',
  'patent',
  'other',
] as const;
export type PublicationType = (typeof PUBLICATION_TYPES)[number];
export const PUBLICATION_STATUSES = ['in-submission', 'accepted', 'published'] as const;

export const AuthorSchema = v.object({
  /** As printed: "Qingyu Song", "Lin, Wei". */
  name: text(300),
  given: optText(200),
  family: optText(200),
  /** This author is the profile's owner. */
  self: flag(),
  equalContribution: flag(),
  corresponding: flag(),
});
export type Author = v.InferOutput<typeof AuthorSchema>;

export const PublicationSchema = v.object({
  id,
  type: v.picklist(PUBLICATION_TYPES),
  title: text(2_000),
  authors: list(AuthorSchema),
  /** Full venue as written ("IEEE/CVF CVPR", "Proceedings of ..."). */
  venue: optText(1_000),
  year: optWhole(1000, 2200),
  month: optWhole(1, 12),
  volume: optText(50),
  issue: optText(50),
  pages: optText(50),
  publisher: optText(300),
  doi: optText(300),
  arxiv: optText(50),
  url: optText(2_000),
  status: v.optional(v.picklist(PUBLICATION_STATUSES), 'published'),
  selected: flag(),
  /** The CV's own label ("C7", "[3]"), kept for cross references. */
  label: optText(20),
  note: optText(2_000),
});
export type Publication = v.InferOutput<typeof PublicationSchema>;

export const ProfileSchema = v.object({
  id,
  schemaVersion: v.optional(v.literal(PROFILE_SCHEMA_VERSION), PROFILE_SCHEMA_VERSION),
  /** What the user calls this profile: "Academic", "Industry". */
  label: v.optional(text(100), 'My profile'),
  name: v.optional(NameSchema, {}),
  emails: list(EmailSchema),
  phones: list(PhoneSchema),
  address: v.optional(AddressSchema, {}),
  links: v.optional(LinksSchema, {}),
  positions: list(PositionSchema),
  education: list(EducationSchema),
  experience: list(ExperienceSchema),
  publications: list(PublicationSchema),
  interests: list(text(300)),
  keywords: list(text(300)),
  service: list(ServiceSchema),
  teaching: list(TeachingSchema),
  awards: list(AwardSchema),
  talks: list(TalkSchema),
  grants: list(GrantSchema),
  skills: list(text(200)),
  languages: list(LanguageSchema),
  referees: list(RefereeSchema),
  relations: list(RelationSchema),
  bios: list(BioSchema),
  /**
   * Facts from other formats that Vitae does not model (JSON Resume `volunteer`, `projects`, work `highlights`, …),
   * keyed by format, kept only so that exporting to that format gives them back. Never shown or filled.
   */
  extras: v.optional(v.record(v.string(), v.unknown())),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
});
/**
 * A whole profile. In memory (lib/, UI) publications live inside it; in Dexie they are their own table
 * (`platform/db.ts`) so that a CV with thousands of papers can be queried and listed without loading it whole.
 */
export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileInput = v.InferInput<typeof ProfileSchema>;

export const DOCUMENT_KINDS = [
  'cv',
  'research-statement',
  'teaching-statement',
  'diversity-statement',
  'cover-letter',
  'publication-list',
  'transcript',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A stored document without its bytes (what lib/ and messages see). */
export const DocumentMetaSchema = v.object({
  id,
  profileId: id,
  kind: v.picklist(DOCUMENT_KINDS),
  fileName: text(300),
  mimeType: text(200),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  addedAt: v.string(),
});
export type DocumentMeta = v.InferOutput<typeof DocumentMetaSchema>;

/** Where a validation failed and why, in words a person can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 5): string {
  const parts = issues.slice(0, max).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validate unknown data against `schema`; `what` names it in the error. Never throws. */
function parseAs<S extends v.GenericSchema>(schema: S, what: string, data: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, data);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, error: `Invalid ${what}: ${describeIssues(result.issues)}` };
}

/** Validate unknown data as a profile. Never throws. */
export function parseProfile(data: unknown): ParseResult<Profile> {
  return parseAs(ProfileSchema, 'profile', data);
}

export function parsePublication(data: unknown): ParseResult<Publication> {
  return parseAs(PublicationSchema, 'publication', data);
}
