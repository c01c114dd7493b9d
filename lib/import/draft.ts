/**
 * Draft rows checked one by one against the profile schema before merging, so that one bad row (a title of
 * 3 000 characters, an ORCID iD with a typo) is left out with a warning that names it, instead of failing the import.
 */
import * as v from 'valibot';
import {
  AddressSchema,
  AwardSchema,
  BioSchema,
  EducationSchema,
  EmailSchema,
  ExperienceSchema,
  GrantSchema,
  LanguageSchema,
  LinksSchema,
  NameSchema,
  PhoneSchema,
  PositionSchema,
  PublicationSchema,
  RefereeSchema,
  RelationSchema,
  ServiceSchema,
  TalkSchema,
  TeachingSchema,
  describeIssues,
} from '../profile/schema';
import type { ProfileDraft } from './types';

const rowId = v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100)));
const withOptionalId = <T extends v.ObjectEntries>(schema: v.ObjectSchema<T, undefined>) =>
  v.object({ ...schema.entries, id: rowId });

const shortText = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

export const LIST_SCHEMAS = {
  emails: EmailSchema,
  phones: PhoneSchema,
  positions: withOptionalId(PositionSchema),
  education: withOptionalId(EducationSchema),
  experience: withOptionalId(ExperienceSchema),
  publications: withOptionalId(PublicationSchema),
  interests: shortText,
  keywords: shortText,
  service: withOptionalId(ServiceSchema),
  teaching: withOptionalId(TeachingSchema),
  awards: withOptionalId(AwardSchema),
  talks: withOptionalId(TalkSchema),
  grants: withOptionalId(GrantSchema),
  skills: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  languages: LanguageSchema,
  referees: withOptionalId(RefereeSchema),
  relations: withOptionalId(RelationSchema),
  bios: withOptionalId(BioSchema),
} as const;
export type ListSection = keyof typeof LIST_SCHEMAS;
export const LIST_SECTIONS = Object.keys(LIST_SCHEMAS) as ListSection[];

/** Unmodelled data kept for re-export is bounded so that it cannot bloat the profile. */
const MAX_EXTRAS_CHARS = 200_000;

export const OBJECT_SCHEMAS = { name: NameSchema, address: AddressSchema, links: LinksSchema } as const;
export type ObjectSection = keyof typeof OBJECT_SCHEMAS;
export const OBJECT_SECTIONS = Object.keys(OBJECT_SCHEMAS) as ObjectSection[];

/** A short human label for a row, for summaries and warnings. */
export function rowLabel(section: string, row: unknown): string {
  if (typeof row === 'string') return row;
  if (!row || typeof row !== 'object') return section;
  const r = row as Record<string, unknown>;
  const pick = (...keys: string[]) =>
    keys
      .map((k) => r[k])
      .filter((x) => typeof x === 'string' && x)
      .join(', ');
  let label: string;
  switch (section) {
    case 'emails':
      label = pick('address');
      break;
    case 'phones':
      label = pick('raw');
      break;
    case 'positions':
      label = pick('title', 'institution');
      break;
    case 'education':
      label = pick('degree', 'institution');
      break;
    case 'experience':
      label = pick('role', 'organisation');
      break;
    case 'service':
      label = pick('role', 'venue');
      break;
    case 'languages':
      label = pick('language');
      break;
    case 'referees':
    case 'relations':
      label = pick('name');
      break;
    case 'bios':
      label = pick('name');
      break;
    default:
      label = pick('title', 'name');
  }
  const start =
    typeof r.start === 'string'
      ? r.start
      : typeof r.date === 'string'
        ? r.date
        : typeof r.year === 'number'
          ? String(r.year)
          : '';
  label = label || section;
  if (label.length > 90) label = label.slice(0, 89) + '…';
  return start ? `${label} (${start})` : label;
}

/** Keep the valid rows and fields of a draft; every dropped one becomes a warning naming it. Never throws. */
export function validateDraft(draft: ProfileDraft): { draft: ProfileDraft; warnings: string[] } {
  const out: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const section of LIST_SECTIONS) {
    const rows = draft[section] as unknown[] | undefined;
    if (!rows) continue;
    const kept: unknown[] = [];
    for (const row of rows) {
      const result = v.safeParse(LIST_SCHEMAS[section], row);
      if (result.success) kept.push(result.output);
      else warnings.push(`Left out ${section} "${rowLabel(section, row)}": ${describeIssues(result.issues, 2)}`);
    }
    out[section] = kept;
  }
  for (const section of OBJECT_SECTIONS) {
    const value = draft[section] as Record<string, unknown> | undefined;
    if (!value) continue;
    const entries = OBJECT_SCHEMAS[section].entries as Record<string, v.GenericSchema>;
    const kept: Record<string, unknown> = {};
    for (const [field, fieldValue] of Object.entries(value)) {
      const schema = entries[field];
      if (!schema || fieldValue === undefined) continue;
      const result = v.safeParse(schema, fieldValue);
      if (result.success) kept[field] = result.output;
      else warnings.push(`Left out ${section}.${field}: ${describeIssues(result.issues, 1)}`);
    }
    out[section] = kept;
  }
  const extras = draft.extras;
  if (extras && typeof extras === 'object' && !Array.isArray(extras)) {
    const size = JSON.stringify(extras).length;
    if (size <= MAX_EXTRAS_CHARS) out.extras = extras;
    else
      warnings.push(
        `Left out ${size} characters of data that Vitae does not use (over the ${MAX_EXTRAS_CHARS} limit).`,
      );
  }
  return { draft: out, warnings };
}
