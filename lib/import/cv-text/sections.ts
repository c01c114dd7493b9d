/**
 * Section headings of a CV in any case, with their common synonyms, and the split of a CV's lines into the contact
 * block (everything before the first heading) and its sections.
 */
import type { PublicationType } from '../../profile/schema';

export type SectionKind =
  | 'education'
  | 'experience'
  | 'positions'
  | 'publications'
  | 'interests'
  | 'awards'
  | 'service'
  | 'teaching'
  | 'talks'
  | 'grants'
  | 'skills'
  | 'languages'
  | 'references'
  | 'summary'
  | 'ignored';

export interface PublicationGroup {
  type?: PublicationType;
  status?: 'in-submission' | 'accepted' | 'published';
}

interface Heading {
  kind: SectionKind;
  group?: PublicationGroup;
}

/** Headings as people write them, normalised to lower-case words joined by single spaces ("&" → "and"). */
const HEADINGS: [RegExp, Heading][] = [
  [
    /^(education|academic background|education and training|educational background|degrees|academic qualifications|qualifications)$/,
    { kind: 'education' },
  ],
  [
    /^((academic |professional |research )?(positions|appointments)|employment( history)?|work history|academic employment|current position)$/,
    { kind: 'positions' },
  ],
  [
    /^((research|work|professional|industry|industrial|relevant|research and work|work and research|research and professional|academic|internship) )?experiences?$|^internships?$/,
    { kind: 'experience' },
  ],
  [
    /^((selected|refereed|peer reviewed|recent) )?(publications|papers|publications and preprints|research papers)( and preprints)?$/,
    { kind: 'publications' },
  ],
  [
    /^(journal (articles|papers|publications)|refereed journal (articles|papers)|journals)$/,
    { kind: 'publications', group: { type: 'journal' } },
  ],
  [
    /^((refereed |peer reviewed )?conference (proceedings|papers|publications)|conferences)$/,
    { kind: 'publications', group: { type: 'conference' } },
  ],
  [
    /^(workshops?( papers| publications)?|workshop and other papers)$/,
    { kind: 'publications', group: { type: 'workshop' } },
  ],
  [
    /^(preprints?|working papers|manuscripts)$/,
    { kind: 'publications', group: { type: 'preprint', status: 'in-submission' } },
  ],
  [
    /^(in submission|under review|submitted( papers| manuscripts)?|papers under review|manuscripts under review|in preparation)$/,
    { kind: 'publications', group: { type: 'preprint', status: 'in-submission' } },
  ],
  [/^(accepted|to appear|forthcoming)$/, { kind: 'publications', group: { status: 'accepted' } }],
  [/^(book chapters?|chapters)$/, { kind: 'publications', group: { type: 'chapter' } }],
  [/^(books?|monographs?)$/, { kind: 'publications', group: { type: 'book' } }],
  [/^(theses|thesis|dissertations?)$/, { kind: 'publications', group: { type: 'thesis' } }],
  [/^(patents?)$/, { kind: 'publications', group: { type: 'patent' } }],
  [
    /^((research |academic )?interests?|research areas?|areas of (interest|research|expertise)|research focus|research topics)$/,
    { kind: 'interests' },
  ],
  [
    /^((selected )?(awards|honors|honours|prizes|distinctions|fellowships|scholarships)( and (awards|honors|honours|fellowships|scholarships|grants))*|awards and honors)$/,
    { kind: 'awards' },
  ],
  [
    /^((professional|academic|university|departmental|community) )?(services?|activities)( and (outreach|leadership|activities))?$|^(reviewing|reviewer( service| experience)?|peer review|professional activities|editorial (service|activities))$/,
    { kind: 'service' },
  ],
  [
    /^(teaching( experience)?|teaching assistant(ships?)?|teaching assistance|courses taught|teaching and mentoring)$/,
    { kind: 'teaching' },
  ],
  [
    /^((invited |selected )?(talks|presentations)( and presentations)?|invited talks and presentations|conference presentations)$/,
    { kind: 'talks' },
  ],
  [
    /^((research )?(grants|funding)( and (awards|fellowships))?|grants and funding|research support)$/,
    { kind: 'grants' },
  ],
  [/^((technical |computer |programming )?skills|technical expertise|programming languages)$/, { kind: 'skills' }],
  [/^(languages?( skills)?|spoken languages)$/, { kind: 'languages' }],
  [/^(references?|referees?)$/, { kind: 'references' }],
  [
    /^(summary|profile|about( me)?|biography|bio|research statement|research summary|personal statement|overview)$/,
    { kind: 'summary' },
  ],
  [
    /^(projects|selected projects|research projects|activities|hobbies|personal|misc(ellaneous)?|other|extracurricular activities|mentoring|supervision|students supervised|memberships|professional memberships|certifications|media|press|software)$/,
    { kind: 'ignored' },
  ],
];

/** The normalised words of a line that could be a heading; undefined when it is too long or has content after ":". */
export function headingText(line: string): string | undefined {
  let t = line.trim();
  if (!t || t.length > 60) return undefined;
  t = t
    .replace(/^#{1,6}\s*/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^([IVX]+|\d{1,2}|[A-H])[.)]\s+/, '');
  t = t.replace(/\s*:$/, '').trim();
  if (!t || /[:.;,!?]$/.test(t) || /[\d@]/.test(t) || t.includes(': ')) return undefined;
  return t
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[-–—/]/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A heading as the person wrote it, without Markdown marks or a trailing colon. */
export function displayHeading(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/\s*:$/, '')
    .trim();
}

export function matchHeading(line: string): Heading | undefined {
  const text = headingText(line);
  if (!text) return undefined;
  for (const [re, heading] of HEADINGS) if (re.test(text)) return heading;
  return undefined;
}

/** Lines that are never content: Markdown rules, setext underlines, page numbers, "Updated July 2025" footers. */
export function isNoise(line: string): boolean {
  const t = line.trim();
  return (
    /^([-=_*~]\s*){3,}$/.test(t) ||
    /^(page\s*)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?$/i.test(t) ||
    /^(last\s+)?(updated|revised|last modified)\b.{0,30}\d{4}\.?$/i.test(t) ||
    /^curriculum vitae$|^cv$|^résumé$|^resume$/i.test(t)
  );
}

export interface Section {
  kind: SectionKind;
  heading: string;
  group?: PublicationGroup;
  /** Lines of the section, sub-group headings of publications included. */
  lines: string[];
  /** 1-based line number of the heading in the input. */
  lineNumber: number;
}

export function splitSections(lines: string[]): { contact: string[]; sections: Section[] } {
  const contact: string[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  lines.forEach((line, i) => {
    const heading = matchHeading(line);
    // Inside publications, group headings ("Conference Proceedings", "In submission") stay in the section.
    if (heading && !(current?.kind === 'publications' && heading.kind === 'publications' && heading.group)) {
      current = {
        kind: heading.kind,
        heading: displayHeading(line),
        ...(heading.group ? { group: heading.group } : {}),
        lines: [],
        lineNumber: i + 1,
      };
      sections.push(current);
      return;
    }
    if (isNoise(line)) return;
    (current ? current.lines : contact).push(line);
  });
  return { contact, sections };
}

/** A publication sub-group heading inside the publications section. */
export function matchPublicationGroup(line: string): PublicationGroup | undefined {
  const heading = matchHeading(line);
  return heading?.kind === 'publications' ? (heading.group ?? {}) : undefined;
}
