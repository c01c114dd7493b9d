/**
 * Scholar identities from profile URLs and JSON Resume `basics.profiles`. Ids are stored bare (see LinksSchema);
 * these functions read them out of the URLs people paste and write the canonical URLs back for export.
 */
import type { Links } from '../profile/schema';

export type ScholarKey = 'orcid' | 'googleScholar' | 'dblp' | 'semanticScholar' | 'openReview' | 'github' | 'linkedin';

/** JSON Resume network names, as issue 2 fixes them. */
export const NETWORK_NAMES: Record<ScholarKey, string> = {
  orcid: 'ORCID',
  googleScholar: 'Google Scholar',
  dblp: 'DBLP',
  semanticScholar: 'Semantic Scholar',
  openReview: 'OpenReview',
  github: 'GitHub',
  linkedin: 'LinkedIn',
};

export function scholarUrl(key: ScholarKey, id: string): string {
  switch (key) {
    case 'orcid':
      return `https://orcid.org/${id}`;
    case 'googleScholar':
      return `https://scholar.google.com/citations?user=${encodeURIComponent(id)}`;
    case 'dblp':
      return `https://dblp.org/pid/${id}.html`;
    case 'semanticScholar':
      return `https://www.semanticscholar.org/author/${encodeURIComponent(id)}`;
    case 'openReview':
      return `https://openreview.net/profile?id=${encodeURIComponent(id)}`;
    case 'github':
      return `https://github.com/${id}`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${id}`;
  }
}

/** Which scholar identity a network name means ("Google Scholar", "google-scholar", "orcid"). */
export function networkKey(network: string): ScholarKey | undefined {
  const n = network.toLowerCase().replace(/[^a-z]/g, '');
  const table: Record<string, ScholarKey> = {
    orcid: 'orcid',
    googlescholar: 'googleScholar',
    scholar: 'googleScholar',
    dblp: 'dblp',
    semanticscholar: 'semanticScholar',
    openreview: 'openReview',
    github: 'github',
    linkedin: 'linkedin',
  };
  return table[n];
}

/** Read a scholar identity out of a URL (or a bare id for ORCID). */
export function scholarIdFromUrl(url: string): { key: ScholarKey; id: string } | undefined {
  const orcid = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/.exec(url);
  if (orcid && /orcid/i.test(url)) return { key: 'orcid', id: orcid[1]! };
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname;
  if (host.startsWith('scholar.google.')) {
    const user = parsed.searchParams.get('user');
    return user ? { key: 'googleScholar', id: user } : undefined;
  }
  if (host === 'dblp.org' || host === 'dblp.uni-trier.de' || host.endsWith('.dblp.org')) {
    const m = /\/pid\/(.+?)(\.html|\.xml|\.bib)?$/.exec(path);
    return m ? { key: 'dblp', id: m[1]! } : undefined;
  }
  if (host === 'semanticscholar.org' || host === 'api.semanticscholar.org') {
    const m = /\/author\/(?:[^/]+\/)?(\d+)/.exec(path);
    return m ? { key: 'semanticScholar', id: m[1]! } : undefined;
  }
  if (host === 'openreview.net') {
    const id = parsed.searchParams.get('id');
    return id ? { key: 'openReview', id } : undefined;
  }
  if (host === 'github.com') {
    const m = /^\/([A-Za-z0-9-]+)\/?$/.exec(path);
    return m ? { key: 'github', id: m[1]! } : undefined;
  }
  if (host.endsWith('linkedin.com')) {
    const m = /^\/in\/([^/]+)\/?$/.exec(path);
    return m ? { key: 'linkedin', id: decodeURIComponent(m[1]!) } : undefined;
  }
  return undefined;
}

/** Validate an id for its key, so that a bad username never reaches the profile schema. */
export function validScholarId(key: ScholarKey, id: string): boolean {
  if (key === 'orcid') return /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(id);
  const max: Record<ScholarKey, number> = {
    orcid: 19,
    googleScholar: 40,
    dblp: 100,
    semanticScholar: 40,
    openReview: 100,
    github: 100,
    linkedin: 200,
  };
  return id.length > 0 && id.length <= max[key] && !/\s/.test(id);
}

export function setScholarId(links: Partial<Links>, key: ScholarKey, id: string): boolean {
  if (!validScholarId(key, id)) return false;
  links[key] = id;
  return true;
}
