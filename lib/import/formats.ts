/** The formats `profile.import` reads (a public contract, lib/messaging/protocol.ts), and what an import changes. */
export const IMPORT_FORMATS = [
  'json-resume',
  'backup',
  'cv-text',
  'cv-pdf',
  'bibtex',
  'csl-json',
  'orcid-json',
  'dblp-xml',
  'cv-markdown',
  'cv-latex',
  'cv-docx',
  'auto',
  'orcid-id',
  'dblp-pid',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Formats whose `data` names a public record instead of holding it: an ORCID iD or orcid.org URL ('orcid-id'), a
 * dblp pid or person page URL ('dblp-pid'). The background fetches the record from pub.orcid.org or dblp.org, if
 * that origin's optional host permission is granted (it cannot ask: automation has no user gesture), and imports
 * it as 'orcid-json' or 'dblp-xml'. Each request fetches anew, so a dry run and the import that follows may see
 * different records; to import exactly what was previewed, fetch once and send the record itself.
 */
export const REMOTE_IMPORT_FORMATS = ['orcid-id', 'dblp-pid'] as const satisfies readonly ImportFormat[];
export type RemoteImportFormat = (typeof REMOTE_IMPORT_FORMATS)[number];

/**
 * Per section: how many items the import adds, changes and keeps. `items` lists the added and changed ones
 * ("added: Ph.D., Tsinghua University (2018)"); `details` gives the labels of each kind, for the preview.
 */
export type ImportSummary = Record<
  string,
  {
    added: number;
    changed: number;
    kept: number;
    items?: string[];
    details?: { added: string[]; changed: string[]; kept: string[] };
  }
>;
