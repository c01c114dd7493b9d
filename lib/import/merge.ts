/**
 * Fold an importer's draft into the stored profile, and say section by section what that adds, changes and keeps
 * (the options page shows this as the preview, with a checkbox per section; `exclude` names the unticked ones).
 *
 * Rules:
 * - a filled value is never replaced by an empty one;
 * - single facts (name, address, links) take the imported value when it differs: "changed";
 * - list rows that are already there (same DOI, arXiv id or title; same institution and dates; …) are completed
 *   field by field where the stored row is empty ("changed"), never overwritten ("kept" when nothing was missing);
 * - everything is checked before anything is returned: a draft that would make an invalid profile throws here,
 *   before the caller saves anything.
 */
import type { ImportSummary } from './formats';
import { newId } from '../profile/create';
import { parseProfile, type Profile } from '../profile/schema';
import { normaliseArxiv, normaliseDoi, normaliseTitle } from './clean';
import { isOwnName } from './cv-text/names';
import { LIST_SECTIONS, OBJECT_SECTIONS, rowLabel, validateDraft, type ListSection } from './draft';
import { applyFixes, missingFields, type FieldFix, type MissingField } from './required';
import type { ProfileDraft } from './types';

const ROW_NAMES: Record<string, [row: string, page: string]> = {
  positions: ['The position', 'Positions'],
  experience: ['The experience entry', 'Experience'],
  education: ['The degree', 'Education'],
  awards: ['The award', 'Awards'],
  grants: ['The grant', 'Grants'],
};

export interface MergeResult {
  profile: Profile;
  summary: ImportSummary;
  warnings: string[];
  /** Rows saved without a field the editor requires (after the fixes): the preview asks for them. */
  missing: MissingField[];
}

type Row = Record<string, unknown>;

const n = (value: unknown) => (typeof value === 'string' ? normaliseTitle(value) : '');
/** A row field as key text: strings and numbers only. */
const k = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const lower = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** Identity keys of a row: two rows are the same item when they share any key. */
function rowKeys(section: ListSection, row: unknown): string[] {
  if (typeof row === 'string') return [lower(row)];
  const r = (row ?? {}) as Row;
  const dated = (base: string, alt: string) => (r.start ? [`${base}|${k(r.start)}`] : [`${base}|${alt}`]);
  switch (section) {
    case 'emails':
      return [lower(r.address)];
    case 'phones':
      return [typeof r.e164 === 'string' ? r.e164 : k(r.raw).replace(/\D/g, '')];
    case 'positions':
      return dated(n(r.institution), n(r.title));
    case 'education': {
      const inst = n(r.institution);
      const keys = [`${inst}|deg|${n(r.degree)}`];
      if (r.start || r.end) keys.push(`${inst}|${k(r.start)}|${k(r.end)}`);
      return keys;
    }
    case 'experience':
      return dated(n(r.organisation), n(r.role));
    case 'publications': {
      const keys: string[] = [];
      const doi = normaliseDoi(typeof r.doi === 'string' ? r.doi : undefined);
      const arxiv = normaliseArxiv(typeof r.arxiv === 'string' ? r.arxiv : undefined);
      if (doi) keys.push(`doi:${doi}`);
      if (arxiv) keys.push(`arxiv:${arxiv}`);
      const title = n(r.title);
      if (title.length >= 8) keys.push(`title:${title}`);
      return keys;
    }
    case 'service':
      return [`${k(r.role)}|${n(r.venue)}|${k(r.start)}`];
    case 'teaching':
      return [`${n(r.courseCode) || n(r.title)}|${n(r.term)}|${k(r.year)}`];
    case 'awards':
      return [`${n(r.title)}|${k(r.date)}`];
    case 'talks':
      return [`${n(r.title)}|${k(r.date)}`];
    case 'grants':
      return [n(r.title)];
    case 'languages':
      return [lower(r.language)];
    case 'referees':
      return [n(r.name)];
    case 'relations':
      return [`${n(r.name)}|${k(r.relation)}`];
    case 'bios':
      return [`${n(r.name)}|${n(r.text).slice(0, 200)}`];
    default:
      return [lower(r.name ?? r.title)];
  }
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type SectionSummary = ImportSummary[string] & { details: { added: string[]; changed: string[]; kept: string[] } };

function emptySummary(): SectionSummary {
  return { added: 0, changed: 0, kept: 0, items: [], details: { added: [], changed: [], kept: [] } };
}

function note(summary: SectionSummary, what: 'added' | 'changed' | 'kept', label: string): void {
  summary[what]++;
  summary.details[what].push(label);
  if (what !== 'kept') summary.items?.push(`${what}: ${label}`);
}

function mergeList(
  section: ListSection,
  existing: unknown[],
  incoming: unknown[],
): { rows: unknown[]; summary: SectionSummary } {
  const rows = existing.map((row) => (typeof row === 'object' && row ? { ...(row as Row) } : row));
  const status: ('kept' | 'changed' | 'added')[] = rows.map(() => 'kept');
  const index = new Map<string, number>();
  const remember = (row: unknown, i: number) =>
    rowKeys(section, row).forEach((key) => {
      if (key && !index.has(key)) index.set(key, i);
    });
  rows.forEach(remember);
  for (const row of incoming) {
    const hit = rowKeys(section, row)
      .map((key) => (key ? index.get(key) : undefined))
      .find((i) => i !== undefined);
    if (hit === undefined) {
      const fresh = typeof row === 'object' && row ? { ...(row as Row) } : row;
      if (typeof fresh === 'object' && fresh && needsId(section) && !(fresh as Row).id) (fresh as Row).id = newId();
      rows.push(fresh);
      status.push('added');
      remember(fresh, rows.length - 1);
      continue;
    }
    const target = rows[hit];
    if (typeof target !== 'object' || !target || typeof row !== 'object' || !row) continue;
    for (const [field, value] of Object.entries(row as Row)) {
      if (field === 'id' || isEmpty(value)) continue;
      const current = (target as Row)[field];
      // Fill what is missing; a flag the import sets (equal contribution, self) completes an unset one.
      const missing = isEmpty(current) || (value === true && current === false && field !== 'primary');
      if (missing && !same(current, value)) {
        (target as Row)[field] = value;
        if (status[hit] === 'kept') status[hit] = 'changed';
      }
    }
  }
  const summary = emptySummary();
  rows.forEach((row, i) => note(summary, status[i] ?? 'kept', rowLabel(section, row)));
  return { rows, summary };
}

function needsId(section: ListSection): boolean {
  return !['emails', 'phones', 'interests', 'keywords', 'skills', 'languages'].includes(section);
}

function mergeObject(existing: Row, incoming: Row): { value: Row; summary: SectionSummary } {
  const summary = emptySummary();
  const value: Row = { ...existing };
  for (const [field, fresh] of Object.entries(incoming)) {
    if (isEmpty(fresh)) continue;
    const current = value[field];
    if (Array.isArray(fresh)) {
      const list = Array.isArray(current) ? [...(current as unknown[])] : [];
      let added = 0;
      for (const item of fresh as unknown[]) {
        if (list.some((x) => same(x, item))) continue;
        list.push(item);
        added++;
      }
      value[field] = list;
      if (added) note(summary, isEmpty(current) ? 'added' : 'changed', field);
      else note(summary, 'kept', field);
    } else if (isEmpty(current)) {
      value[field] = fresh;
      note(summary, 'added', `${field}: ${typeof fresh === 'string' ? fresh : JSON.stringify(fresh)}`);
    } else if (!same(current, fresh)) {
      value[field] = fresh;
      note(summary, 'changed', `${field}: ${JSON.stringify(current)} → ${JSON.stringify(fresh)}`);
    } else note(summary, 'kept', field);
  }
  return { value, summary };
}

/**
 * Publications from BibTeX, CSL-JSON, ORCID or dblp do not say which author is the profile's owner: mark the authors
 * whose name matches the profile's (or the imported) name, where no author is marked yet.
 */
function markOwnAuthorship(draft: ProfileDraft, current: Profile): void {
  const name = current.name.family ? current.name : (draft.name ?? {});
  if (!name.family) return;
  const own = { given: [name.given, name.middle].filter(Boolean).join(' '), family: name.family };
  for (const publication of draft.publications ?? []) {
    const authors = publication.authors ?? [];
    if (authors.some((a) => a.self)) continue;
    publication.authors = authors.map((a) => (isOwnName(a.name, own) ? { ...a, self: true } : a));
  }
}

/** Merge a draft into a profile. Pure; throws only if the result would not be a valid profile (nothing is saved then). */
export function mergeIntoProfile(
  current: Profile,
  draft: ProfileDraft,
  options: { exclude: string[]; fixes?: readonly FieldFix[] },
): MergeResult {
  const fixed = applyFixes(draft, options.fixes ?? []);
  const missing = missingFields(fixed).filter((m) => !options.exclude.includes(m.section));
  const { draft: valid, warnings } = validateDraft(fixed);
  for (const m of missing) {
    const [row, page] = ROW_NAMES[m.section] ?? [m.section, m.section];
    warnings.push(
      `${row} "${m.row}" has no ${m.fieldLabel.toLowerCase()}: type it in the preview before importing, ` +
        `or add it on the ${page} page afterwards.`,
    );
  }
  const next = structuredClone(current) as unknown as Row;
  const summary: ImportSummary = {};
  for (const section of OBJECT_SECTIONS) {
    const incoming = valid[section] as Row | undefined;
    if (!incoming || isEmpty(incoming) || options.exclude.includes(section)) continue;
    const merged = mergeObject((next[section] as Row | undefined) ?? {}, incoming);
    next[section] = merged.value;
    summary[section] = merged.summary;
  }
  markOwnAuthorship(valid, current);
  for (const section of LIST_SECTIONS) {
    const incoming = valid[section] as unknown[] | undefined;
    if (!incoming || incoming.length === 0 || options.exclude.includes(section)) continue;
    const merged = mergeList(section, (next[section] as unknown[] | undefined) ?? [], incoming);
    next[section] = merged.rows;
    summary[section] = merged.summary;
  }
  if (valid.extras && !options.exclude.includes('extras'))
    next.extras = { ...(next.extras ?? {}), ...(valid.extras as Row) };
  const parsed = parseProfile(next);
  if (!parsed.ok) throw new Error(`The import would make an invalid profile, so nothing was changed. ${parsed.error}`);
  return { profile: parsed.value, summary, warnings, missing };
}
