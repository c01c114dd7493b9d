/**
 * Scholar identities: bare ids as the profile stores them, URLs as most forms want them, and back.
 * Every parser accepts either form and returns undefined for anything it does not recognise.
 */

/** ORCID's ISO 7064 MOD 11-2 check character. */
export function orcidCheckDigit(first15Digits: string): string {
  let total = 0;
  for (const ch of first15Digits) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** An ORCID iD (`0000-0002-1825-0097`) from an id or URL, when its checksum is right. */
export function parseOrcid(input: string): string | undefined {
  const m = /(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])/.exec(input.trim());
  if (!m) return undefined;
  const digits = `${m[1]}${m[2]}${m[3]}${m[4]}`.toUpperCase();
  if (orcidCheckDigit(digits.slice(0, 15)) !== digits.slice(15)) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}
export const orcidUrl = (id: string): string => `https://orcid.org/${id}`;

/** Google Scholar user id (12 characters of [A-Za-z0-9_-]) from `…citations?user=ID&hl=en` or the bare id. */
export function parseScholarId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /[?&]user=([\w-]{6,20})/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[\w-]{12}$/.test(text) ? text : undefined;
}
export const scholarUrl = (id: string): string => `https://scholar.google.com/citations?user=${id}`;

/** DBLP person id (`227/2109`, `d/JohnDoe`, `h/Hinton:Geoffrey_E=`) from a pid URL or bare pid. */
export function parseDblpPid(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /dblp(?:\.uni-trier)?\.(?:org|de)\/pid\/([\w/:=.-]+?)(?:\.html|\.xml|\.bib)?(?:[?#].*)?$/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^(?:\d+\/\d+(?:-\d+)?|[a-z]\/[\w:=.-]+)$/i.test(text) ? text : undefined;
}
export const dblpUrl = (pid: string): string => `https://dblp.org/pid/${pid}.html`;

/** Semantic Scholar author id (digits) from `semanticscholar.org/author/Name/1741101` or the bare id. */
export function parseSemanticScholarId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /semanticscholar\.org\/author\/(?:[^/]+\/)?(\d+)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^\d{3,12}$/.test(text) ? text : undefined;
}
export const semanticScholarUrl = (id: string): string => `https://www.semanticscholar.org/author/${id}`;

/** OpenReview profile id (`~Jane_Doe1`) from `openreview.net/profile?id=~Jane_Doe1` or the bare id. */
export function parseOpenReviewId(input: string): string | undefined {
  const text = decodeURIComponent(input.trim());
  const fromUrl = /openreview\.net\/profile\?id=(~[^&#\s]+)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^~[\p{L}\p{M}_.-]+\d+$/u.test(text) ? text : undefined;
}
export const openReviewUrl = (id: string): string => `https://openreview.net/profile?id=${id}`;

/** GitHub user name from `github.com/name` or the bare name. */
export function parseGithubId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /github\.com\/([A-Za-z\d](?:[A-Za-z\d-]{0,38}))\/?(?:[?#].*)?$/.exec(text);
  if (fromUrl) return fromUrl[1];
  const bare = text.replace(/^@/, '');
  return /^[A-Za-z\d](?:[A-Za-z\d-]{0,38})$/.test(bare) ? bare : undefined;
}
export const githubUrl = (id: string): string => `https://github.com/${id}`;

/** LinkedIn public handle from `linkedin.com/in/handle/` or the bare handle. */
export function parseLinkedinId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /linkedin\.com\/in\/([^/?#\s]+)/.exec(text);
  if (fromUrl) return decodeURIComponent(fromUrl[1] ?? '');
  return /^[\p{L}\d_-]{3,100}$/u.test(text) ? text : undefined;
}
export const linkedinUrl = (id: string): string => `https://www.linkedin.com/in/${id}`;

export type ScholarService = 'orcid' | 'scholar' | 'dblp' | 'semanticScholar' | 'openReview' | 'github' | 'linkedin';

export const SCHOLAR_IDS: Record<
  ScholarService,
  { parse: (input: string) => string | undefined; url: (id: string) => string }
> = {
  orcid: { parse: parseOrcid, url: orcidUrl },
  scholar: { parse: parseScholarId, url: scholarUrl },
  dblp: { parse: parseDblpPid, url: dblpUrl },
  semanticScholar: { parse: parseSemanticScholarId, url: semanticScholarUrl },
  openReview: { parse: parseOpenReviewId, url: openReviewUrl },
  github: { parse: parseGithubId, url: githubUrl },
  linkedin: { parse: parseLinkedinId, url: linkedinUrl },
};
