/**
 * Repeating sections (issue #18): work history, education and websites, as the profile lists them and as a form
 * shows them, and the "Add" presses that make the two agree. A section that starts with no rows (Workday's "Add")
 * gets its first row; then one row per profile entry, most recent first. Never more rows than entries, and rows are
 * never deleted: what the person added stays.
 */
import type { Education, EndDate, PartialDate, Profile } from '../profile/schema';
import { historyRows } from '../profile/views';
import { countryName } from '../values/countries';
import { SCHOLAR_SERVICES, scholarLink } from '../values/scholar-ids';
import { compactText } from '../values/normalise';
import { isAddRowText } from './add-row';
import type { Decision, FillStep, PageDescription } from './types';

/** Sections whose rows the planner can fill, keyed by the prefix of their kinds (`work.title`, `website.url`). */
export const ROW_GROUPS = ['education', 'work', 'website'] as const;
export type RowGroup = (typeof ROW_GROUPS)[number];

/** What a section's heading or its "Add" button says, per group (compacted text). */
const ROW_SECTION: Record<RowGroup, RegExp> = {
  education:
    /educat|school|degree|qualification|ausbildung|formation|educacion|formacao|istruzione|opleiding|образован|学历|教育|学歴/,
  work: /\bwork|experience|employ|position|\bjob|career|berufserfahrung|experien|esperienz|werkervaring|опыт|工作|経歴|職歴/,
  website: /website|web address|\burls?\b|\blinks?\b|webseite|site web|sitio web|sito web|сайт|网站|ウェブサイト/,
};

interface WorkRow {
  title: string;
  organisation: string;
  location?: string;
  start?: PartialDate;
  end?: EndDate;
}

const endKey = (e: EndDate | undefined) => (e === undefined || e === 'present' ? '9999' : e);

/** Positions and other experience as one list of work rows, current and latest first. */
export function workRows(profile: Profile): WorkRow[] {
  const rows: WorkRow[] = [
    ...profile.positions.map((p) => ({
      title: p.title,
      organisation: p.institution,
      location: [p.city, p.country ? countryName(p.country) : undefined].filter(Boolean).join(', ') || undefined,
      start: p.start,
      end: p.end,
    })),
    ...profile.experience.map((e) => ({
      title: e.role,
      organisation: e.organisation,
      location: e.location,
      start: e.start,
      end: e.end,
    })),
  ];
  return rows.sort(
    (a, b) => endKey(b.end).localeCompare(endKey(a.end)) || (b.start ?? '').localeCompare(a.start ?? ''),
  );
}

/** Education, latest first. */
export function educationRows(profile: Profile): Education[] {
  return [...profile.education].sort((a, b) => endKey(b.end).localeCompare(endKey(a.end)));
}

/** The person's links as URLs for a "Websites" section: homepage, scholarly profiles, then the others. */
export function websiteRows(profile: Profile): string[] {
  const links = profile.links;
  const urls = [links.homepage?.trim() ?? ''];
  for (const service of SCHOLAR_SERVICES) {
    const stored = links[service];
    const url = typeof stored === 'string' ? scholarLink(service, stored) : undefined;
    if (url) urls.push(url);
  }
  urls.push(...(links.other ?? []).map((o) => o.url.trim()));
  return [...new Set(urls.filter(Boolean))];
}

export function profileRowCount(group: RowGroup, profile: Profile): number {
  if (group === 'education') return profile.education.length;
  if (group === 'work') return workRows(profile).length;
  return websiteRows(profile).length;
}

/** "Add" presses per section and fill round: a long CV fills over several rounds, a page can never loop us. */
const MAX_ADD_CLICKS = 5;

interface RowSection {
  /** The kinds of the section's fields start with this (`work.`, `research.keyword`). */
  prefix: string;
  /** What its heading or "Add" button says (compacted text). */
  words: RegExp;
  count(profile: Profile): number;
  /** Press "Add" when the section shows no row at all (Workday); else only to extend rows the form shows. */
  whenEmpty: boolean;
}

/**
 * Every section the planner adds rows to: Workday's work, education and websites start empty (issue #18);
 * OpenReview's career history and expertise keywords are extended only where a row exists (issue #13).
 */
const ROW_SECTIONS: RowSection[] = [
  ...ROW_GROUPS.map((group) => ({
    prefix: `${group}.`,
    words: ROW_SECTION[group],
    count: (profile: Profile) => profileRowCount(group, profile),
    whenEmpty: true,
  })),
  {
    prefix: 'history.',
    words: /history|career|position|educat/,
    count: (profile) => historyRows(profile).length,
    whenEmpty: false,
  },
  {
    prefix: 'research.keyword',
    words: /expertise|keyword|interest|research area/,
    count: (profile) => new Set([...profile.interests, ...profile.keywords]).size,
    whenEmpty: false,
  },
];

/**
 * The "Add" presses that bring each section up to the profile's entries. A section that shows no row gets one press
 * (its "Add" button is often replaced by "Add Another" once a row exists); the background collects again after a
 * press and the next round adds the rest. Rows the form shows count, whoever added them; `pressed` holds the presses
 * of each button earlier in the same fill (React keeps one button element as "Add" turns into "Add Another").
 */
export function planAddRows(
  page: PageDescription,
  decisions: Decision[],
  profile: Profile,
  pressed: Readonly<Record<string, number>> = {},
): FillStep[] {
  const steps: FillStep[] = [];
  const inForm = (section: RowSection) =>
    decisions.reduce((n, d) => (d.kind !== null && d.kind.startsWith(section.prefix) ? Math.max(n, d.row + 1) : n), 0);
  // One button serves one section: a section whose rows the form shows claims its button first, so an empty
  // section whose words also fit ("Education & Career History") never presses it again.
  const claimed = new Set<string>();
  const sections = ROW_SECTIONS.map((section) => ({ section, rowsInForm: inForm(section) })).sort(
    (a, b) => b.rowsInForm - a.rowsInForm,
  );
  for (const { section, rowsInForm } of sections) {
    if (rowsInForm === 0 && !section.whenEmpty) continue;
    const rowsInProfile = section.count(profile);
    const button = page.buttons.find(
      (b) =>
        !b.submit &&
        !claimed.has(b.id) &&
        isAddRowText(b.text) &&
        (section.words.test(compactText(b.text)) || section.words.test(compactText(b.heading))),
    );
    if (!button) continue;
    claimed.add(button.id);
    // Earlier presses of this button in this fill count as rows even when their rows were not recognised, so the
    // presses of one fill never outnumber the profile's entries.
    const shown = Math.max(rowsInForm, pressed[button.id] ?? 0);
    if (rowsInProfile <= shown) continue;
    const presses = shown === 0 ? 1 : Math.min(rowsInProfile - shown, MAX_ADD_CLICKS);
    const what = section.prefix.replace(/\.$/, '');
    const reason =
      rowsInForm === 0
        ? `the profile has ${rowsInProfile} ${what} entries and the section shows no row`
        : `the profile has ${rowsInProfile} ${what} entries, the form ${rowsInForm}`;
    for (let i = 0; i < presses; i++) {
      steps.push({ action: 'click-add', fieldId: button.id, kind: 'add-row', reason, confidence: 0.9 });
    }
  }
  return steps;
}
