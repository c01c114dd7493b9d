/**
 * Which publications a list shows and in what order. No CSL engine here: the popup and the conflict lists use this
 * without loading citation-js.
 */
import type { PublicationFilters, PublicationStyle } from './publication-style';
import type { Education, Experience, Name, Position, Publication, PublicationType } from '../profile/schema';
import { isOwner, ownerParts, type SplitName } from './names';

export const PUBLICATION_STYLES: readonly PublicationStyle[] = [
  'plain',
  'markdown',
  'html',
  'bibtex',
  'apa',
  'ieee',
  'acm',
  'chicago',
];

export const PUBLICATION_STYLE_LABELS: Record<PublicationStyle, string> = {
  plain: 'Plain, numbered',
  markdown: 'Markdown',
  html: 'HTML',
  bibtex: 'BibTeX',
  apa: 'APA 7th',
  ieee: 'IEEE',
  acm: 'ACM',
  chicago: 'Chicago (author-date)',
};

/** Every publication type, labelled (a Record, so a new type in the schema does not compile until added here). */
export const PUBLICATION_TYPE_LABELS: Record<PublicationType, string> = {
  journal: 'journal',
  conference: 'conference',
  workshop: 'workshop',
  preprint: 'preprint',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  patent: 'patent',
  other: 'other',
};

export interface PublicationSource {
  name: Name;
  publications: readonly Publication[];
  /** Where the BibTeX writer learns the proper names to keep capitalised (lib/export/bibtex.ts properNouns). */
  positions?: readonly Position[];
  education?: readonly Education[];
  experience?: readonly Experience[];
}

/** Positions of the owner among a publication's authors: the `self` flags, else a name match. */
export function ownerIndexes(pub: Publication, owner: SplitName | undefined): Set<number> {
  const flagged = pub.authors.flatMap((a, i) => (a.self ? [i] : []));
  if (flagged.length > 0) return new Set(flagged);
  return new Set(pub.authors.flatMap((a, i) => (isOwner(a, owner) ? [i] : [])));
}

/** The owner is the first author, or one of the equal-contribution authors at the head of the list. */
export function isFirstAuthor(pub: Publication, owner: SplitName | undefined): boolean {
  const mine = ownerIndexes(pub, owner);
  if (mine.has(0)) return true;
  for (let i = 0; i < pub.authors.length; i += 1) {
    if (!pub.authors[i]?.equalContribution) return false;
    if (mine.has(i)) return true;
  }
  return false;
}

const PEER_REVIEWED_TYPES: ReadonlySet<PublicationType> = new Set(['journal', 'conference', 'workshop', 'chapter']);

/** Peer-reviewed: a journal, conference, workshop paper or chapter that is published or accepted. */
export function isPeerReviewed(pub: Publication): boolean {
  return PEER_REVIEWED_TYPES.has(pub.type) && pub.status !== 'in-submission';
}

function dateKey(pub: Publication): number {
  if (pub.year === undefined) return pub.status === 'in-submission' ? Number.MAX_SAFE_INTEGER : -1;
  return pub.year * 100 + (pub.month ?? 0);
}

/** The publications the filters keep, newest first (in-submission work without a year on top). */
export function selectPublications(source: PublicationSource, filters: PublicationFilters = {}): Publication[] {
  const owner = ownerParts(source.name);
  const types = filters.types && filters.types.length > 0 ? new Set(filters.types) : undefined;
  const kept = source.publications.filter((pub) => {
    if (filters.includeInSubmission === false && pub.status === 'in-submission') return false;
    if (types && !types.has(pub.type)) return false;
    if (filters.selectedOnly && !pub.selected) return false;
    if (filters.fromYear !== undefined || filters.toYear !== undefined) {
      if (pub.year === undefined) return pub.status === 'in-submission';
      if (filters.fromYear !== undefined && pub.year < filters.fromYear) return false;
      if (filters.toYear !== undefined && pub.year > filters.toYear) return false;
    }
    if (filters.firstAuthorOnly && !isFirstAuthor(pub, owner)) return false;
    if (filters.peerReviewedOnly && !isPeerReviewed(pub)) return false;
    return true;
  });
  const sorted = kept
    .map((pub, index) => ({ pub, index }))
    .sort((a, b) => dateKey(b.pub) - dateKey(a.pub) || a.index - b.index)
    .map(({ pub }) => pub);
  const limit = filters.limit !== undefined && Number.isFinite(filters.limit) ? Math.floor(filters.limit) : undefined;
  return limit !== undefined && limit > 0 ? sorted.slice(0, limit) : sorted;
}
