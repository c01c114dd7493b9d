/**
 * Scholar ids and links as a URL or as the bare id, for the popup's quick copy and the context menu.
 * (A fuller parser of scholar ids lives in lib/values/scholar-ids.ts on the engine branch; these few URL builders can
 * be deduplicated against it once both are on main.)
 */
import type { Links } from '../profile/schema';

export const LINK_KINDS = [
  'homepage',
  'orcid',
  'googleScholar',
  'dblp',
  'semanticScholar',
  'openReview',
  'github',
  'linkedin',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_LABELS: Record<LinkKind, string> = {
  homepage: 'Homepage',
  orcid: 'ORCID',
  googleScholar: 'Google Scholar',
  dblp: 'DBLP',
  semanticScholar: 'Semantic Scholar',
  openReview: 'OpenReview',
  github: 'GitHub',
  linkedin: 'LinkedIn',
};

const URL_OF: Record<LinkKind, (id: string) => string> = {
  homepage: (url) => url,
  orcid: (id) => `https://orcid.org/${id}`,
  googleScholar: (id) => `https://scholar.google.com/citations?user=${encodeURIComponent(id)}`,
  dblp: (id) => `https://dblp.org/pid/${id}`,
  semanticScholar: (id) => `https://www.semanticscholar.org/author/${encodeURIComponent(id)}`,
  openReview: (id) => `https://openreview.net/profile?id=${encodeURIComponent(id)}`,
  github: (id) => `https://github.com/${encodeURIComponent(id)}`,
  linkedin: (id) => `https://www.linkedin.com/in/${encodeURIComponent(id)}`,
};

export interface LinkEntry {
  kind: LinkKind;
  label: string;
  id: string;
  url: string;
}

/** Every link the profile has, with its bare id and URL (for the homepage both are the URL). */
export function listLinks(links: Links): LinkEntry[] {
  return LINK_KINDS.flatMap((kind) => {
    const id = links[kind];
    if (!id) return [];
    return [{ kind, label: LINK_LABELS[kind], id, url: URL_OF[kind](id) }];
  });
}
