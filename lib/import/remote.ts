/**
 * Import by ORCID iD or dblp pid (issue #5): what the user may type, which public URL that becomes, and what a
 * response means. Pure: the fetch and the host permission live in platform/remote-import.ts, which hands each
 * response here. The record that comes back goes to the ordinary importers (orcid-json, dblp-xml) unchanged, so
 * a fetched record and a downloaded one import the same way.
 */
import { DBLP_PID, checkOrcid, dblpUrl, parseDblpPid } from '../values/scholar-ids';
import { isObject, type Json } from './json-reader';
import { looksLikeDblpXml } from './dblp-xml';
import { looksLikeOrcid } from './orcid';
import { REMOTE_HOSTS, type RemoteService } from './remote-origins';

export { REMOTE_HOSTS, REMOTE_ORIGINS, type RemoteService } from './remote-origins';

/** What to fetch: an ORCID iD, a dblp pid, or a legacy dblp person key (`o/Okafor:Chidinma`, from an old URL). */
export type RemoteSource =
  { service: 'orcid'; id: string } | { service: 'dblp'; pid: string } | { service: 'dblp'; personKey: string };

type Parsed = { ok: true; source: RemoteSource } | { ok: false; error: string };

const SERVICE_NAMES: Record<RemoteService, string> = { orcid: 'ORCID', dblp: 'dblp' };

/** ORCID asks that clients stay under 100 put-codes per bulk works call. */
export const ORCID_WORKS_PER_CALL = 100;

/**
 * An ORCID iD from what a person pastes: `0000-0002-1825-0097`, the same without hyphens, or an orcid.org URL.
 * Anything else is refused, and a wrong check digit is named as such (it is almost always a typo).
 */
export function parseOrcidInput(input: string): Parsed {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Type an ORCID iD (0000-0002-1825-0097) or its orcid.org address.' };
  const checked = checkOrcid(text);
  if (checked.ok) return { ok: true, source: { service: 'orcid', id: checked.id } };
  if (checked.reason === 'checksum')
    return {
      ok: false,
      error: `${checked.id} is not a valid ORCID iD: its last character (the check digit) is wrong.`,
    };
  return {
    ok: false,
    error: `"${clip(text)}" is not an ORCID iD: an iD is 16 digits in four groups (0000-0002-1825-0097), or its orcid.org address.`,
  };
}

/** A pid (`77/1234`, `77/1234-2`, `d/JohnDoe`); `..` and empty segments never reach a URL. */
const PID = DBLP_PID;
const safePath = (path: string) => !path.split('/').some((segment) => segment === '' || /^\.+$/.test(segment));

/**
 * A dblp person from what a person pastes: a pid (`77/1234-2`), its pid URL (`https://dblp.org/pid/77/1234-2.html`,
 * `.xml`, `.bib`, also on dblp.uni-trier.de) or a person page URL of dblp's older scheme
 * (`https://dblp.org/pers/hd/o/Okafor:Chidinma`, `…/pers/o/Okafor:Chidinma.html`), which dblp still redirects.
 */
export function parseDblpInput(input: string): Parsed {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Type a dblp pid (77/1234-2) or the address of a dblp person page.' };
  const legacy =
    /^(?:https?:\/\/)?(?:www\.)?dblp(?:\.uni-trier)?\.(?:org|de)\/pers\/(?:(?:hd|xx|xk|hy|tb\d?)\/)?([a-z]\/[^/?#\s]+?)(?:\.html|\.xml|\.bib)?\/?(?:[?#].*)?$/i.exec(
      text,
    );
  if (legacy?.[1]) {
    const personKey = decodeURIComponentSafe(legacy[1]);
    if (personKey && /^[a-z]\/[\w:=.'-]+$/i.test(personKey) && safePath(personKey))
      return { ok: true, source: { service: 'dblp', personKey } };
  }
  const isDblpUrl = /^(?:https?:\/\/)?(?:www\.)?dblp(?:\.uni-trier)?\.(?:org|de)\//i.test(text);
  const pid = isDblpUrl ? parseDblpPid(text.replace(/\/$/, '')) : PID.test(text) ? text : undefined;
  if (pid && PID.test(pid) && safePath(pid)) return { ok: true, source: { service: 'dblp', pid } };
  return {
    ok: false,
    error: isDblpUrl
      ? `"${clip(text)}" is not a dblp person page: open the person's page on dblp.org and copy its address (…/pid/77/1234-2.html).`
      : `"${clip(text)}" is not a dblp pid: a pid looks like 77/1234-2; or paste the address of the dblp person page.`,
  };
}

function decodeURIComponentSafe(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Where a source's record is fetched, and the Accept header that asks for the right representation. */
export function recordRequest(source: RemoteSource): { url: string; accept: string } {
  if (source.service === 'orcid')
    return { url: `https://pub.orcid.org/v3.0/${source.id}/record`, accept: 'application/json' };
  if ('pid' in source) return { url: dblpUrl(source.pid, 'xml'), accept: 'application/xml' };
  // dblp's old "xx" (XML) person URL, kept as a redirect to /pid/….xml.
  return {
    url: `https://dblp.org/pers/xx/${source.personKey.split('/').map(encodeURIComponent).join('/')}.xml`,
    accept: 'application/xml',
  };
}

/** The bulk work-detail calls for these put-codes: `/v3.0/{iD}/works/{code},{code},…`, at most 100 per call. */
export function orcidWorksUrls(id: string, putCodes: readonly number[]): string[] {
  const urls: string[] = [];
  for (let i = 0; i < putCodes.length; i += ORCID_WORKS_PER_CALL)
    urls.push(`https://pub.orcid.org/v3.0/${id}/works/${putCodes.slice(i, i + ORCID_WORKS_PER_CALL).join(',')}`);
  return urls;
}

/** What the user asked for, in words ("ORCID iD 0000-…", "dblp pid 77/1234-2"). */
export function describeSource(source: RemoteSource): string {
  if (source.service === 'orcid') return `ORCID iD ${source.id}`;
  return 'pid' in source ? `dblp pid ${source.pid}` : `dblp person ${source.personKey}`;
}

/** A file name for the fetched record, shown in warnings and kept as the import's fileName. */
export function remoteFileName(source: RemoteSource): string {
  if (source.service === 'orcid') return `orcid-${source.id}.json`;
  return `dblp-${('pid' in source ? source.pid : source.personKey).replace(/[^\w-]+/g, '_')}.xml`;
}

/** Why a fetch failed, as the platform layer observed it. */
export type FetchFailure =
  | { kind: 'status'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network'; detail?: string }
  | { kind: 'permission' };

/** A sentence a person can act on; every one says that nothing was imported. */
export function fetchFailureMessage(source: RemoteSource, failure: FetchFailure): string {
  const host = REMOTE_HOSTS[source.service];
  const what = describeSource(source);
  const unchanged = 'Nothing was imported.';
  switch (failure.kind) {
    case 'permission':
      return `Vitae may not contact ${host}: the permission was not granted. ${unchanged}`;
    case 'timeout':
      return `${host} did not answer within ${failure.seconds} seconds. Try again later. ${unchanged}`;
    case 'network':
      return `Could not reach ${host} (offline, or blocked by a proxy or firewall?). ${unchanged}`;
    case 'status': {
      const { status } = failure;
      if (status === 404 || status === 410)
        return source.service === 'orcid'
          ? `ORCID has no public record for ${source.id}: check the iD. ${unchanged}`
          : `dblp has no person ${'pid' in source ? `with pid ${source.pid}` : source.personKey}: check it against the dblp page. ${unchanged}`;
      if (status === 409 && source.service === 'orcid')
        return `ORCID says the record of ${source.id} is locked or deprecated. ${unchanged}`;
      if (status === 429) return `${host} is rate-limiting requests: try again in a minute. ${unchanged}`;
      if (status >= 500) return `${host} had an error (HTTP ${status}) fetching ${what}: try again later. ${unchanged}`;
      return `${host} refused the request for ${what} (HTTP ${status}). ${unchanged}`;
    }
  }
}

type BodyResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Check a record body before it goes to the importer: an ORCID record must be ORCID JSON, a dblp record dblp XML.
 * A captive portal's HTML page or a JSON error object is refused here, with the service named.
 */
export function checkRecordBody(source: RemoteSource, body: string): BodyResult {
  const host = REMOTE_HOSTS[source.service];
  const service = SERVICE_NAMES[source.service];
  const refuse = (what: string): BodyResult => ({
    ok: false,
    error: `${host} answered with ${what}, not ${service === 'ORCID' ? 'an ORCID record (JSON)' : 'a dblp person record (XML)'}. Nothing was imported.`,
  });
  const head = body.trimStart().slice(0, 200);
  if (!head) return refuse('an empty page');
  if (/^<!doctype html|^<html/i.test(head)) return refuse('a web page');
  if (source.service === 'orcid') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return refuse('something that is not JSON');
    }
    if (isObject(json) && ('error-code' in json || 'developer-message' in json))
      return refuse(`an error (${errorText(json)})`);
    if (!looksLikeOrcid(json)) return refuse('JSON of another kind');
    return { ok: true, text: body };
  }
  if (!head.startsWith('<')) return refuse('something that is not XML');
  if (!looksLikeDblpXml(body)) return refuse('XML of another kind');
  return { ok: true, text: body };
}

function errorText(json: Json): string {
  const message = json['user-message'] ?? json['developer-message'] ?? json['error-code'];
  return typeof message === 'string' || typeof message === 'number' ? clip(String(message)) : 'no details';
}

/** The put-codes of a record's works (the first summary of each group, the one the importer reads). */
export function orcidWorkPutCodes(record: unknown): number[] {
  const groups = pathList(record, 'activities-summary', 'works', 'group');
  return groups.flatMap((group) => {
    const first = pathList(group, 'work-summary')[0];
    const code = first?.['put-code'];
    return typeof code === 'number' && Number.isInteger(code) && code > 0 ? [code] : [];
  });
}

function pathList(obj: unknown, ...keys: string[]): Json[] {
  let cur = obj;
  for (const key of keys) {
    if (!isObject(cur)) return [];
    cur = cur[key];
  }
  return Array.isArray(cur) ? cur.filter(isObject) : [];
}

/**
 * Copy the contributors of the bulk work details (`{"bulk": [{"work": {…}}, {"error": {…}}]}`) onto the record's
 * work summaries, which never carry them, so the ORCID importer can list authors. Returns a new record; the
 * answer only fills in, never replaces, and entries that are errors or unknown put-codes are skipped.
 */
export function attachOrcidContributors(record: unknown, bulkResponses: readonly unknown[]): unknown {
  const contributorsByCode = new Map<number, unknown>();
  for (const response of bulkResponses) {
    for (const entry of pathList(response, 'bulk')) {
      const work = entry.work;
      if (!isObject(work)) continue;
      const code = work['put-code'];
      if (typeof code === 'number' && isObject(work.contributors)) contributorsByCode.set(code, work.contributors);
    }
  }
  if (!contributorsByCode.size || !isObject(record)) return record;
  const copy = structuredClone(record);
  for (const group of pathList(copy, 'activities-summary', 'works', 'group')) {
    for (const summary of pathList(group, 'work-summary')) {
      const code = summary['put-code'];
      const contributors = typeof code === 'number' ? contributorsByCode.get(code) : undefined;
      if (contributors !== undefined && summary.contributors === undefined) summary.contributors = contributors;
    }
  }
  return copy;
}
