/**
 * Publications of the profile as CSL-JSON items, the input of the CSL engine and of the BibTeX writer.
 */
import type { CSL, CSLName, CSLType } from '@citation-js/core';
import type { Publication, PublicationType } from '../profile/schema';
import type { CitationStyle } from './citation-styles';
import { authorParts, type SplitName } from './names';

/** Private-use characters wrapped around the owner's family name so that it can be found in the engine's output. */
export const OWN_START = '\uE000';
export const OWN_END = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

export function stripOwnMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

/** Vitae publication types → CSL item types (shared by the CSL engine input and the CSL-JSON export). */
export const CSL_TYPES: Record<PublicationType, CSLType> = {
  journal: 'article-journal',
  conference: 'paper-conference',
  workshop: 'paper-conference',
  preprint: 'article',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  patent: 'patent',
  other: 'document',
};

const STATUS_TEXT: Record<Publication['status'], string | undefined> = {
  'in-submission': 'submitted',
  accepted: 'in press',
  published: undefined,
};

function cslName(parts: SplitName, own: boolean): CSLName {
  const family = own ? `${OWN_START}${parts.family}${OWN_END}` : parts.family;
  return parts.given ? { given: parts.given, family } : { family };
}

/** How each style's published examples name a thesis (IEEE Reference Guide, ACM, APA 7, Chicago 17). */
const DOCTORAL_THESIS: Record<CitationStyle, string> = {
  ieee: 'Ph.D. dissertation',
  acm: 'Ph.D. Dissertation',
  apa: 'Doctoral dissertation',
  chicago: 'PhD diss.',
};
const MASTER_THESIS: Record<CitationStyle, string> = {
  ieee: 'M.S. thesis',
  acm: "Master's thesis",
  apa: "Master's thesis",
  chicago: "Master's thesis",
};

/** "US Patent 11,234,567" → the office's words and the number, for styles that print them apart. */
function patentParts(venue: string): { genre: string; number: string } | undefined {
  const m = /^(.*?\bpatent)\s*(?:no\.?\s*)?([A-Z]{0,2}\s?[\d][\d,. ]*[A-Z]?\d?)$/i.exec(venue.trim());
  return m?.[1] && m[2] ? { genre: m[1].trim(), number: m[2].trim() } : undefined;
}

/** arXiv's DOI for an id (APA 7 and Chicago cite preprints by DOI). */
export function arxivDoiUrl(id: string): string {
  return `https://doi.org/10.48550/arXiv.${id}`;
}

/**
 * One publication as a CSL item for `style` (the engine's input differs by style where the bundled style files
 * would otherwise lose a preprint's arXiv id or print empty punctuation). `ownerIndexes` are the positions of the
 * profile's owner among the authors; their family names are wrapped in OWN_START/OWN_END when `markOwner` is set.
 */
export function publicationToCsl(
  pub: Publication,
  ownerIndexes: ReadonlySet<number>,
  markOwner: boolean,
  style: CitationStyle = 'apa',
): CSL {
  const venue = pub.venue?.trim() || undefined;
  // Work with no venue yet (a submission) is a manuscript: "In ." is what a paper-conference without one prints.
  // (IEEE prints a paper without venue cleanly, with its status: "“Title,” Submitted.")
  const venueless =
    style !== 'ieee' && !venue && ['journal', 'conference', 'workshop', 'chapter', 'other'].includes(pub.type);
  const item: CSL = { id: pub.id, type: venueless ? 'manuscript' : CSL_TYPES[pub.type], title: pub.title };
  if (pub.authors.length > 0) {
    item.author = pub.authors.map((a, i) => cslName(authorParts(a), markOwner && ownerIndexes.has(i)));
  }
  if (pub.year !== undefined) {
    item.issued = { 'date-parts': [pub.month !== undefined ? [pub.year, pub.month] : [pub.year]] };
  }
  const preprintVenue = venue && /^(arxiv|arxiv preprint|preprint)$/i.test(venue);
  if (venue) {
    if (pub.type === 'thesis') item.publisher = venue;
    else if (pub.type === 'preprint') {
      if (!preprintVenue) item.publisher = venue;
    } else if (pub.type === 'patent') {
      const parts = patentParts(venue);
      if (style === 'apa' && parts) Object.assign(item, parts);
      else if (style === 'ieee' || style === 'acm') item.number = venue;
      else item['container-title'] = venue;
    } else if (pub.type !== 'book') item['container-title'] = venue;
  }
  if (pub.type === 'thesis') {
    const master = /master|m\.?s\.? thesis|m\.?sc/i.test(`${venue ?? ''} ${pub.note ?? ''}`);
    item.genre = (master ? MASTER_THESIS : DOCTORAL_THESIS)[style];
  }
  if (pub.publisher) item.publisher = pub.publisher;
  if (pub.volume) item.volume = pub.volume;
  if (pub.issue) item.issue = pub.issue;
  if (pub.pages) item.page = pub.pages;
  if (pub.doi) item.DOI = pub.doi;
  if (pub.arxiv) {
    // Every style shows the id as "arXiv:2505.15030" (IEEE, APA and ACM from `number`, Chicago from the genre).
    if (style === 'chicago') item.genre = `Preprint, arXiv:${pub.arxiv}`;
    else item.number = `arXiv:${pub.arxiv}`;
    if (style === 'apa' && !item.publisher) item.publisher = 'arXiv';
  }
  // A link derived from the arXiv id adds nothing in IEEE, whose guide cites a preprint by its id alone.
  const derived =
    pub.arxiv && !pub.doi && style !== 'ieee'
      ? style === 'apa' || style === 'chicago'
        ? arxivDoiUrl(pub.arxiv)
        : `https://arxiv.org/abs/${pub.arxiv}`
      : undefined;
  const url = pub.url ?? derived;
  if (url) item.URL = url;
  if (venueless && pub.status === 'in-submission') {
    // APA 7: "[Manuscript submitted for publication]"; the other styles print the status.
    if (style === 'apa') item.genre = 'Manuscript submitted for publication';
    else item.status = 'submitted';
  } else if (pub.status === 'accepted' && (style === 'apa' || style === 'chicago')) {
    // APA 7 "(in press)" and Chicago "Forthcoming" stand where the year would.
    delete item.issued;
    item.status = style === 'apa' ? 'in press' : 'forthcoming';
  } else if (pub.type !== 'preprint') {
    // A preprint's id already says it is not yet published; "(Submitted)" after its link would repeat it.
    const status = STATUS_TEXT[pub.status];
    if (status) item.status = status;
  }
  return item;
}
