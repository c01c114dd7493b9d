/**
 * Scholar identities, in one place (issue #17): bare ids as the profile stores them, the URLs of a person's pages,
 * and back. Import, export, fill and quick copy all read and write ids through this module, so an ORCID is parsed
 * one way, its check digit is computed once, and a DBLP or Scholar link is built one way.
 *
 * The service vocabulary is the profile's own (`Links` keys): `googleScholar`, never `scholar`. Field kinds keep
 * their short prefix (`scholar.url`, `scholar.id`); `serviceOfFieldKind` maps them.
 * Every parser accepts the bare id or a URL and returns undefined for anything it does not recognise.
 */

export const SCHOLAR_SERVICES = [
  'orcid',
  'googleScholar',
  'dblp',
  'semanticScholar',
  'openReview',
  'github',
  'linkedin',
] as const;
export type ScholarService = (typeof SCHOLAR_SERVICES)[number];

/** ORCID's ISO 7064 MOD 11-2 check character of the first 15 digits. */
export function orcidCheckDigit(first15Digits: string): string {
  let total = 0;
  for (const ch of first15Digits) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** The 16 characters of an ORCID iD written with or without hyphens, alone or in its orcid.org URL. */
const ORCID_SHAPE = /^(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])\/?$/;

/** How an ORCID iD reads: its canonical form, or why it is not one. */
export type OrcidCheck = { ok: true; id: string } | { ok: false; reason: 'shape' | 'checksum'; id?: string };

/** `whole`: the input is the iD or its URL and nothing else; otherwise the first iD written in the text. */
export function checkOrcid(input: string, whole = true): OrcidCheck {
  const m = whole ? ORCID_SHAPE.exec(input.trim()) : /(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])/.exec(input);
  if (!m) return { ok: false, reason: 'shape' };
  const digits = `${m[1]}${m[2]}${m[3]}${m[4]}`.toUpperCase();
  const id = `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
  if (orcidCheckDigit(digits.slice(0, 15)) !== digits.slice(15)) return { ok: false, reason: 'checksum', id };
  return { ok: true, id };
}

/** An ORCID iD (`0000-0002-1825-0097`) from an id or URL, when its checksum is right. */
export function parseOrcid(input: string): string | undefined {
  const checked = checkOrcid(input, false);
  return checked.ok ? checked.id : undefined;
}

/** Google Scholar user id (12 characters of [A-Za-z0-9_-]) from `…citations?user=ID&hl=en` or the bare id. */
export function parseScholarId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /[?&]user=([\w-]{6,20})(?:[&#]|$)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[\w-]{12}$/.test(text) ? text : undefined;
}

/** A DBLP pid is `77/1234`, `77/1234-2` or `d/JohnDoe`-style. */
export const DBLP_PID = /^(?:\d+\/\d+(?:-\d+)?|[a-z]\/[\w:=.-]+)$/i;

/** DBLP person id (`227/2109`, `d/JohnDoe`, `h/Hinton:Geoffrey_E=`) from a pid URL or bare pid. */
export function parseDblpPid(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /dblp(?:\.uni-trier)?\.(?:org|de)\/pid\/([\w/:=.-]+?)(?:\.html|\.xml|\.bib)?\/?(?:[?#].*)?$/.exec(
    text,
  );
  if (fromUrl) return fromUrl[1];
  return DBLP_PID.test(text) ? text : undefined;
}

/** Semantic Scholar author id (digits) from `semanticscholar.org/author/Name/1741101` or the bare id. */
export function parseSemanticScholarId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /semanticscholar\.org\/author\/(?:[^/]+\/)?(\d+)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^\d{3,12}$/.test(text) ? text : undefined;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** OpenReview profile id (`~Jane_Doe1`) from `openreview.net/profile?id=~Jane_Doe1` or the bare id. */
export function parseOpenReviewId(input: string): string | undefined {
  const text = decodeSafe(input.trim());
  const fromUrl = /openreview\.net\/profile\?id=(~[^&#\s]+)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^~[\p{L}\p{M}_.-]+\d+$/u.test(text) ? text : undefined;
}

/** GitHub user name from `github.com/name` or the bare name. */
export function parseGithubId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /github\.com\/([A-Za-z\d](?:[A-Za-z\d-]{0,38}))\/?(?:[?#].*)?$/.exec(text);
  if (fromUrl) return fromUrl[1];
  const bare = text.replace(/^@/, '');
  return /^[A-Za-z\d](?:[A-Za-z\d-]{0,38})$/.test(bare) ? bare : undefined;
}

/** LinkedIn public handle from `linkedin.com/in/handle/` or the bare handle. */
export function parseLinkedinId(input: string): string | undefined {
  const text = input.trim();
  const fromUrl = /linkedin\.com\/in\/([^/?#\s]+)/.exec(text);
  if (fromUrl) return decodeSafe(fromUrl[1] ?? '');
  return /^[\p{L}\d_-]{3,100}$/u.test(text) ? text : undefined;
}

interface ScholarIdSpec {
  /** How people and JSON Resume (`basics.profiles[].network`) name the service. */
  label: string;
  parse: (input: string) => string | undefined;
  /** The person's page on the service. */
  url: (id: string) => string;
  /** A hint for the options page's id field. */
  example: string;
}

/** The one place where a person's page on each service is linked (tests/unit/values/scholar-ids.test.ts checks). */
export const SCHOLAR_IDS: Record<ScholarService, ScholarIdSpec> = {
  orcid: { label: 'ORCID', parse: parseOrcid, url: (id) => `https://orcid.org/${id}`, example: '0000-0002-1825-0097' },
  googleScholar: {
    label: 'Google Scholar',
    parse: parseScholarId,
    url: (id) => `https://scholar.google.com/citations?user=${encodeURIComponent(id)}`,
    example: 'abcDEF12345A',
  },
  dblp: { label: 'DBLP', parse: parseDblpPid, url: (pid) => dblpUrl(pid), example: '123/4567' },
  semanticScholar: {
    label: 'Semantic Scholar',
    parse: parseSemanticScholarId,
    url: (id) => `https://www.semanticscholar.org/author/${encodeURIComponent(id)}`,
    example: '1741101',
  },
  openReview: {
    label: 'OpenReview',
    parse: parseOpenReviewId,
    url: (id) => `https://openreview.net/profile?id=${encodeURIComponent(id)}`,
    example: '~Ada_Example1',
  },
  github: {
    label: 'GitHub',
    parse: parseGithubId,
    url: (id) => `https://github.com/${encodeURIComponent(id)}`,
    example: 'ada-example',
  },
  linkedin: {
    label: 'LinkedIn',
    parse: parseLinkedinId,
    url: (id) => `https://www.linkedin.com/in/${encodeURIComponent(id)}`,
    example: 'ada-example',
  },
};

/** A dblp person page (`.html`), or its record as XML or BibTeX for the importer's fetch. */
export function dblpUrl(pid: string, as: 'html' | 'xml' | 'bib' = 'html'): string {
  return `https://dblp.org/pid/${pid}.${as}`;
}

/** The URL of a person's page from a stored id (undefined when the id is not one). */
export function scholarLink(service: ScholarService, stored: string): string | undefined {
  const id = SCHOLAR_IDS[service].parse(stored);
  return id ? SCHOLAR_IDS[service].url(id) : undefined;
}

/** Which service a URL or bare id belongs to, judged by its host (a bare ORCID iD is recognised by its shape). */
export function scholarIdFromUrl(url: string): { service: ScholarService; id: string } | undefined {
  const text = url.trim();
  const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#\s]+)/i.exec(text)?.[1]?.toLowerCase() ?? '';
  const service: ScholarService | undefined = /(^|\.)orcid\.org$/.test(host)
    ? 'orcid'
    : /^scholar\.google\./.test(host)
      ? 'googleScholar'
      : /(^|\.)dblp(\.uni-trier)?\.(org|de)$/.test(host)
        ? 'dblp'
        : /(^|\.)semanticscholar\.org$/.test(host)
          ? 'semanticScholar'
          : host === 'openreview.net'
            ? 'openReview'
            : host === 'github.com'
              ? 'github'
              : /(^|\.)linkedin\.com$/.test(host)
                ? 'linkedin'
                : ORCID_SHAPE.test(text)
                  ? 'orcid'
                  : undefined;
  if (!service) return undefined;
  const id = SCHOLAR_IDS[service].parse(text);
  return id ? { service, id } : undefined;
}

/** Which service a JSON Resume network name means ("Google Scholar", "google-scholar", "ORCID"). */
export function serviceOfNetwork(network: string): ScholarService | undefined {
  const n = network.toLowerCase().replace(/[^a-z]/g, '');
  if (n === 'scholar') return 'googleScholar';
  return SCHOLAR_SERVICES.find((s) => s.toLowerCase() === n);
}

/** The service and form of a scholar field kind (`orcid.url`, `scholar.id`); field kinds say `scholar`. */
export function serviceOfFieldKind(kind: string): { service: ScholarService; form: 'url' | 'id' } | undefined {
  const [prefix, form] = kind.split('.');
  if (form !== 'url' && form !== 'id') return undefined;
  const service = prefix === 'scholar' ? 'googleScholar' : SCHOLAR_SERVICES.find((s) => s === prefix);
  return service ? { service, form } : undefined;
}

/**
 * What the options page keeps from what a person pastes into an id field: the id out of a profile URL, the bare
 * id as typed, or the text unchanged when it is neither (the field's validation then says why).
 */
export function idFromInput(service: ScholarService, input: string): string {
  const text = input.trim();
  if (service === 'orcid') {
    const checked = checkOrcid(text);
    return checked.ok || checked.id ? (checked.id ?? text) : text;
  }
  return SCHOLAR_IDS[service].parse(text) ?? text;
}

/** Put a recognised id into `links` when it parses for its service; false when it does not. */
export function setScholarId(links: Partial<Record<ScholarService, string>>, service: ScholarService, id: string) {
  const parsed = SCHOLAR_IDS[service].parse(id);
  if (!parsed) return false;
  links[service] = parsed;
  return true;
}
