/**
 * A CV as plain text (pasted, a .txt or .md file, or the text pdfjs extracts from a PDF) to a profile draft.
 *
 * Nothing here knows any particular person: the contact block is whatever precedes the first heading, headings are
 * matched against a table of synonyms (sections.ts), entries are grouped by their dates (entries.ts), and each section
 * has its own small parser (items.ts, publications.ts). Input past MAX_CV_CHARS is cut, with a warning, so that a
 * pasted 5 MB file cannot stall the background.
 */
import type { ProfileDraft } from '../types';
import { parseContact } from './contact';
import {
  parseAwards,
  parseEducation,
  parseExperience,
  parseGrants,
  parseInterests,
  parseLanguages,
  parsePositions,
  parseReferees,
  parseService,
  parseSkills,
  parseTalks,
  parseTeaching,
} from './items';
import { paragraphs } from './entries';
import { groupPublications, parsePublication } from './publications';
import { splitSections } from './sections';

/** About 150 pages of text: longer than any CV, short enough to parse in well under a second. */
export const MAX_CV_CHARS = 400_000;

/** A line in a publication list that points to a fuller list instead of naming a paper. */
const POINTER =
  /^\W*(full|complete|see|for a|an up-to-date|more)\b.{0,60}\b(list|google scholar|dblp|orcid|homepage|website)\b[^"“]{0,40}$/i;

export type CvTextResult = { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string };

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/\f/g, '\n')
    .replace(/[\u2010\u2011]/g, '-');
}

/** Markdown emphasis: `*italic*` and `_italic_` go; `**bold**` stays (it marks the owner in author lists); `\*` → `*`. */
function stripEmphasis(line: string): string {
  return line
    .replace(/\\\*/g, '\u204e')
    .replace(/(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])/g, '$1')
    .replace(/\u204e/g, '*');
}

function withoutBold(lines: string[]): string[] {
  return lines.map((l) => l.replace(/\*\*|__/g, ''));
}

/** The same institution, compared loosely ("Univ. of X" and "University of X, City" are not merged; exact words are). */
function sameInstitution(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return n(a).includes(n(b)) || n(b).includes(n(a));
}

function append<K extends keyof ProfileDraft>(draft: ProfileDraft, key: K, rows: ProfileDraft[K]): void {
  if (!Array.isArray(rows) || rows.length === 0) return;
  const existing = (draft[key] ?? []) as unknown[];
  (draft as Record<string, unknown>)[key] = [...existing, ...rows];
}

export function importCvText(input: string): CvTextResult {
  const warnings: string[] = [];
  let text = normalise(input);
  if (text.length > MAX_CV_CHARS) {
    warnings.push(
      `The text is ${text.length.toLocaleString('en')} characters long; Vitae read only the first ` +
        `${MAX_CV_CHARS.toLocaleString('en')} (about 150 pages) and left out the rest.`,
    );
    text = text.slice(0, MAX_CV_CHARS);
  }
  const lines = text.split('\n').map((l) => stripEmphasis(l.replace(/[ \t]+$/, '').slice(0, 5_000)));
  const { contact, sections } = splitSections(lines);
  if (sections.length === 0)
    return {
      ok: false,
      error:
        'No CV sections found (headings such as "Education", "Experience" or "Publications"). Is this a CV? ' +
        'For BibTeX, JSON or XML choose that format or "auto".',
    };
  const draft: ProfileDraft = parseContact(contact, warnings);
  const own = draft.name?.family
    ? { given: [draft.name.given, draft.name.middle].filter(Boolean).join(' '), family: draft.name.family }
    : undefined;
  const fromContact = draft.positions ?? [];
  delete draft.positions;
  for (const section of sections) {
    if (section.kind !== 'publications') section.lines = withoutBold(section.lines);
    const count = (n: number) => {
      if (n === 0 && section.lines.some((l) => l.trim()))
        warnings.push(
          `Nothing recognised in the section "${section.heading}" (line ${section.lineNumber}); it was left out.`,
        );
    };
    switch (section.kind) {
      case 'education': {
        const rows = parseEducation(section.lines, warnings);
        append(draft, 'education', rows);
        count(rows.length);
        break;
      }
      case 'experience': {
        const rows = parseExperience(section.lines);
        append(draft, 'experience', rows);
        count(rows.length);
        break;
      }
      case 'positions': {
        const rows = parsePositions(section.lines);
        append(draft, 'positions', rows);
        count(rows.length);
        break;
      }
      case 'publications': {
        const entries = groupPublications(section.lines, section.group);
        const rows = [];
        for (const entry of entries) {
          // "Full list on Google Scholar." points elsewhere; it is not a paper.
          if (POINTER.test(entry.text)) continue;
          const publication = parsePublication(entry.text, entry.group, own);
          if (publication) rows.push(publication);
          else warnings.push(`Left out a publication that could not be read: "${entry.text.slice(0, 100)}".`);
        }
        append(draft, 'publications', rows);
        count(rows.length);
        break;
      }
      case 'interests': {
        const rows = parseInterests(section.lines);
        append(draft, 'interests', rows);
        count(rows.length);
        break;
      }
      case 'awards': {
        const rows = parseAwards(section.lines);
        append(draft, 'awards', rows);
        count(rows.length);
        break;
      }
      case 'service': {
        const rows = parseService(section.lines);
        append(draft, 'service', rows);
        count(rows.length);
        break;
      }
      case 'teaching': {
        const rows = parseTeaching(section.lines, section.heading);
        append(draft, 'teaching', rows);
        count(rows.length);
        break;
      }
      case 'talks': {
        const rows = parseTalks(section.lines, section.heading);
        append(draft, 'talks', rows);
        count(rows.length);
        break;
      }
      case 'grants': {
        const rows = parseGrants(section.lines);
        append(draft, 'grants', rows);
        count(rows.length);
        break;
      }
      case 'skills':
        append(draft, 'skills', parseSkills(section.lines));
        break;
      case 'languages':
        append(draft, 'languages', parseLanguages(section.lines));
        break;
      case 'references':
        append(draft, 'referees', parseReferees(section.lines));
        break;
      case 'summary': {
        const text = paragraphs(section.lines);
        if (text)
          append(draft, 'bios', [
            { name: section.heading, person: /\b(I|my|me)\b/.test(text) ? 'first' : 'third', text },
          ]);
        break;
      }
      case 'ignored':
        if (section.lines.some((l) => l.trim()))
          warnings.push(
            `The section "${section.heading}" (line ${section.lineNumber}) has no place in the profile; it was left out.`,
          );
        break;
    }
  }
  // The title line of the contact block repeats the current position; keep it only when no section has it.
  const current = [
    ...(draft.positions ?? []),
    ...(draft.experience ?? []).map((e) => ({ institution: e.organisation, end: e.end })),
  ];
  for (const position of fromContact) {
    if (!current.some((c) => c.end === 'present' && sameInstitution(c.institution, position.institution)))
      draft.positions = [position, ...(draft.positions ?? [])];
  }
  return { ok: true, draft, warnings };
}
