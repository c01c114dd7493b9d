/**
 * The CV text importer reads lines; Markdown, LaTeX and Word CVs are turned into those lines by their own parsers
 * (cv-markup/*). Link targets do not survive as text, so each converter collects them and `importCvLines` gives
 * the ones that name a scholar profile (Scholar, DBLP, ORCID, GitHub, …) to the profile's links.
 */
import { importCvText, type CvTextResult } from '../cv-text';
import { scholarIdFromUrl, setScholarId } from '../../values/scholar-ids';

export interface ConvertedCv {
  text: string;
  /** Link targets found in the file, in document order. */
  urls: string[];
  warnings: string[];
}

/** Run the text importer on converted lines, then add the scholar ids and homepage the link targets give. */
export function importCvLines(converted: ConvertedCv): CvTextResult {
  const result = importCvText(converted.text);
  if (!result.ok)
    return converted.warnings.length ? { ok: false, error: `${result.error} ${converted.warnings.join(' ')}` } : result;
  const links = { ...(result.draft.links ?? {}) };
  for (const url of converted.urls) {
    if (/^mailto:/i.test(url)) continue;
    const scholar = scholarIdFromUrl(url);
    if (scholar && !links[scholar.service]) setScholarId(links, scholar.service, scholar.id);
  }
  if (Object.keys(links).length) result.draft.links = links;
  return { ok: true, draft: result.draft, warnings: [...converted.warnings, ...result.warnings] };
}
