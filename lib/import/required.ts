/**
 * The fields the profile editor requires of a row (a position's title, an experience entry's role, …). An import
 * never saves a row without them silently: the importer infers what its CV gives (`inferMissingFields`), and what is
 * still missing is listed (`missingFields`) so the preview can ask for it before anything is saved, and the
 * person's answers come back as `fixes` (`applyFixes`).
 */
import type { ProfileDraft } from './types';
import { rowLabel } from './draft';

export interface RequiredField {
  field: string;
  label: string;
}

/** Mirrors the `required: true` fields of the section editors in components/options. */
export const REQUIRED_FIELDS = {
  positions: [
    { field: 'title', label: 'Title' },
    { field: 'institution', label: 'Institution' },
  ],
  experience: [
    { field: 'role', label: 'Role' },
    { field: 'organisation', label: 'Organisation' },
  ],
  education: [
    { field: 'degree', label: 'Degree' },
    { field: 'institution', label: 'Institution' },
  ],
  awards: [{ field: 'title', label: 'Title' }],
  grants: [{ field: 'title', label: 'Title' }],
} as const satisfies Partial<Record<keyof ProfileDraft, readonly RequiredField[]>>;

export type RequiredSection = keyof typeof REQUIRED_FIELDS;

/** A row of the draft that lacks a required field: where it is, what is missing, and how to name it. */
export interface MissingField {
  section: RequiredSection;
  index: number;
  field: string;
  /** "Role" */
  fieldLabel: string;
  /** The row as the preview names it: "CUHK (2024-03)". */
  row: string;
}

/** A value the person typed in the preview for a missing field. */
export interface FieldFix {
  section: string;
  index: number;
  field: string;
  value: string;
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

function rowsOf(draft: ProfileDraft, section: RequiredSection): Record<string, unknown>[] {
  return draft[section] ?? [];
}

export function missingFields(draft: ProfileDraft): MissingField[] {
  const out: MissingField[] = [];
  for (const section of Object.keys(REQUIRED_FIELDS) as RequiredSection[]) {
    rowsOf(draft, section).forEach((row, index) => {
      for (const { field, label } of REQUIRED_FIELDS[section])
        if (blank(row[field])) out.push({ section, index, field, fieldLabel: label, row: rowLabel(section, row) });
    });
  }
  return out;
}

/** The draft with the person's answers written into the rows they name (only into required fields left empty). */
export function applyFixes(draft: ProfileDraft, fixes: readonly FieldFix[]): ProfileDraft {
  if (!fixes.length) return draft;
  const next = structuredClone(draft);
  for (const fix of fixes) {
    const required = REQUIRED_FIELDS[fix.section as RequiredSection] as readonly RequiredField[] | undefined;
    if (!required?.some((r) => r.field === fix.field) || typeof fix.value !== 'string' || !fix.value.trim()) continue;
    const row = rowsOf(next, fix.section as RequiredSection)[fix.index];
    if (row && blank(row[fix.field])) row[fix.field] = fix.value.trim().slice(0, 300);
  }
  return next;
}

/** "The Chinese University of Hong Kong" → "CUHK": the capitals of its words, the small ones left out. */
function acronym(name: string): string {
  return name
    .split(/[\s,-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(The|Of|And|For|In|At)$/.test(w))
    .map((w) => w[0])
    .join('');
}

function sameInstitution(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  if (!n(a) || !n(b)) return false;
  if (n(a).includes(n(b)) || n(b).includes(n(a))) return true;
  const bare = (s: string) => s.replace(/[^A-Za-z]/g, '');
  return (
    (bare(a) === bare(a).toUpperCase() && bare(a) === acronym(b)) ||
    (bare(b) === bare(b).toUpperCase() && bare(b) === acronym(a))
  );
}

const within = (start: string | undefined, end: string | undefined, from?: string, to?: string): boolean =>
  !!start &&
  !!from &&
  start.slice(0, 4) >= from.slice(0, 4) &&
  (!to || to === 'present' || (end ?? start).slice(0, 4) <= to.slice(0, 4));

/**
 * Infer what the CV itself says: an experience entry at a university, inside the years of a degree the person was
 * taking there ("CUHK, Advisor: Prof. X", Mar 2024 – Jan 2025, during a Ph.D. at The Chinese University of Hong
 * Kong 2021–2025), is that degree's student role ("Ph.D. Student").
 */
export function inferMissingFields(draft: ProfileDraft): void {
  for (const row of draft.experience ?? []) {
    if (!blank(row.role) || blank(row.organisation)) continue;
    const degree = (draft.education ?? []).find(
      (e) =>
        !blank(e.degree) &&
        sameInstitution(e.institution ?? '', row.organisation) &&
        within(row.start, row.end === 'present' ? undefined : row.end, e.start, e.end),
    );
    if (degree?.degree) row.role = `${degree.degree} Student`;
  }
}
