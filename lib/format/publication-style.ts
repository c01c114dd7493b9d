/** How a publication list is written (quick copy, profile.export, lists filled into forms), and which entries. */
export type PublicationStyle = 'plain' | 'markdown' | 'html' | 'bibtex' | 'apa' | 'ieee' | 'acm' | 'chicago';
export interface PublicationFilters {
  fromYear?: number;
  toYear?: number;
  types?: string[];
  selectedOnly?: boolean;
  firstAuthorOnly?: boolean;
  includeInSubmission?: boolean;
  /** Only peer-reviewed work: journal, conference, workshop and chapter, published or accepted (issue #15). */
  peerReviewedOnly?: boolean;
  /** At most this many entries, newest first (issue #15). */
  limit?: number;
  /** "et al." after this many authors. */
  maxAuthors?: number;
  /** How the owner's name is marked where the format allows. */
  ownName?: 'bold' | 'underline' | 'none';
}
