/**
 * The only network requests Vitae makes (issue #5): a public ORCID record from pub.orcid.org, or a dblp person
 * record from dblp.org, when the user asks for it. Each origin is an optional host permission asked for on the
 * click that starts the import; the record comes back as text for the ordinary `profile.import`, so it is
 * previewed and saved (or not) like a file. URLs, parsing and the meaning of answers live in lib/import/remote.ts.
 */
import { browser } from 'wxt/browser';
import {
  REMOTE_ORIGINS,
  attachOrcidContributors,
  checkRecordBody,
  fetchFailureMessage,
  orcidWorkPutCodes,
  orcidWorksUrls,
  recordRequest,
  remoteFileName,
  type FetchFailure,
  type RemoteService,
  type RemoteSource,
} from '../lib/import/remote';

export const REMOTE_TIMEOUT_MS = 20_000;
/** Far above any real record (a prolific author's dblp XML is a few MB); a bigger answer is refused. */
const MAX_RECORD_CHARS = 20 * 1024 * 1024;

export type RemoteRecord =
  | { ok: true; format: 'orcid-json' | 'dblp-xml'; data: string; fileName: string; notes: string[] }
  | { ok: false; error: string };

export interface RemoteFetchOptions {
  /** The fetch to use (tests pass a recorded one); default the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Ask for the one origin this import needs. Call it straight from the click handler, before any `await`: Chrome
 * and Firefox show the prompt only during a user gesture. Chrome grants an origin already covered by the
 * install-time `<all_urls>` without a prompt.
 */
export async function requestRemoteAccess(service: RemoteService): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [REMOTE_ORIGINS[service]] });
  } catch {
    return false;
  }
}

/** Whether the origin may be fetched now, without asking (the background cannot ask: it has no user gesture). */
export async function hasRemoteAccess(service: RemoteService): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [REMOTE_ORIGINS[service]] });
  } catch {
    return false;
  }
}

type TextAnswer = { ok: true; text: string } | { ok: false; failure: FetchFailure };

/** GET one URL with a deadline; the body is read under the same deadline. No cookies go with it. */
async function getText(url: string, accept: string, options: RemoteFetchOptions): Promise<TextAnswer> {
  const run = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? REMOTE_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await run(url, {
      headers: { Accept: accept },
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!response.ok) return { ok: false, failure: { kind: 'status', status: response.status } };
    const text = await response.text();
    if (text.length > MAX_RECORD_CHARS) return { ok: false, failure: { kind: 'status', status: 413 } };
    return { ok: true, text };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, failure: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
    return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetch the record of an ORCID iD or dblp person, ready for `profile.import`. ORCID's record lists works without
 * their authors: those come from the bulk work details (one call per 100 works); if that call fails the record
 * still imports, with a note. Never throws; a failure says why and that nothing was imported.
 */
export async function fetchRemoteRecord(source: RemoteSource, options: RemoteFetchOptions = {}): Promise<RemoteRecord> {
  try {
    const { url, accept } = recordRequest(source);
    const answer = await getText(url, accept, options);
    if (!answer.ok) return { ok: false, error: fetchFailureMessage(source, answer.failure) };
    const checked = checkRecordBody(source, answer.text);
    if (!checked.ok) return checked;
    const fileName = remoteFileName(source);
    if (source.service === 'dblp') return { ok: true, format: 'dblp-xml', data: checked.text, fileName, notes: [] };

    const record: unknown = JSON.parse(checked.text);
    const urls = orcidWorksUrls(source.id, orcidWorkPutCodes(record));
    const details: unknown[] = [];
    const notes: string[] = [];
    for (const worksUrl of urls) {
      const works = await getText(worksUrl, 'application/json', options);
      const parsed = works.ok ? parseJson(works.text) : undefined;
      if (parsed === undefined) {
        notes.push('The authors of the ORCID works could not be fetched; the works are imported without them.');
        break;
      }
      details.push(parsed);
    }
    const data = details.length ? JSON.stringify(attachOrcidContributors(record, details)) : checked.text;
    return { ok: true, format: 'orcid-json', data, fileName, notes };
  } catch (error) {
    return {
      ok: false,
      error: `The import failed and changed nothing: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** What the background needs to import by iD or pid; tests pass a recorded one. */
export interface RemoteAccess {
  allowed(service: RemoteService): Promise<boolean>;
  fetchRecord(source: RemoteSource): Promise<RemoteRecord>;
}
export const browserRemoteAccess: RemoteAccess = {
  allowed: hasRemoteAccess,
  fetchRecord: (source) => fetchRemoteRecord(source),
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
