/**
 * Publications of the profile as CSL-JSON items, the input of the CSL engine and of the BibTeX writer.
 */
import type { CSL, CSLName, CSLType } from '@citation-js/core';
import type { Publication, PublicationType } from '../profile/schema';
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

/**
 * One publication as a CSL item. `ownerIndexes` are the positions of the profile's owner among the authors; their
 * family names are wrapped in OWN_START/OWN_END when `markOwner` is set.
 */
export function publicationToCsl(
  pub: Publication,
  ownerIndexes: ReadonlySet<number>,
  markOwner: boolean,
  options: { bareArxivNumber?: boolean } = {},
): CSL {
  const item: CSL = { id: pub.id, type: CSL_TYPES[pub.type], title: pub.title };
  if (pub.authors.length > 0) {
    item.author = pub.authors.map((a, i) => cslName(authorParts(a), markOwner && ownerIndexes.has(i)));
  }
  if (pub.year !== undefined) {
    item.issued = { 'date-parts': [pub.month !== undefined ? [pub.year, pub.month] : [pub.year]] };
  }
  if (pub.venue) {
    if (pub.type === 'thesis') item.publisher = pub.venue;
    else if (pub.type === 'preprint') item.publisher = pub.venue;
    else if (pub.type !== 'book') item['container-title'] = pub.venue;
  }
  if (pub.type === 'thesis') item.genre = 'PhD thesis';
  if (pub.publisher) item.publisher = pub.publisher;
  if (pub.volume) item.volume = pub.volume;
  if (pub.issue) item.issue = pub.issue;
  if (pub.pages) item.page = pub.pages;
  if (pub.doi) item.DOI = pub.doi;
  if (pub.arxiv) {
    // IEEE prints "arXiv: <number>" itself; author-date styles print the number alone and want the prefix.
    item.number = options.bareArxivNumber ? pub.arxiv : `arXiv:${pub.arxiv}`;
    if (!item.publisher && pub.type === 'preprint') item.publisher = 'arXiv';
  }
  const url = pub.url ?? (pub.arxiv && !pub.doi ? `https://arxiv.org/abs/${pub.arxiv}` : undefined);
  if (url) item.URL = url;
  const status = STATUS_TEXT[pub.status];
  if (status) item.status = status;
  return item;
}
