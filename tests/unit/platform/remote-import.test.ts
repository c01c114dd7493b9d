/**
 * The fetch half of import by ORCID iD / dblp pid, with a fetch that answers from the recorded responses of a
 * fictional researcher (no network): the calls made, the deadline, and what each failure says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RemoteSource } from '../../../lib/import/remote';
import { fetchRemoteRecord } from '../../../platform/remote-import';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/remote/${name}`, import.meta.url), 'utf8');

const ORCID: RemoteSource = { service: 'orcid', id: '0000-0004-7711-230X' };
const DBLP: RemoteSource = { service: 'dblp', pid: '999/4417' };

type Reply = { status?: number; body?: string } | 'network-error' | 'never';

/** A fetch that answers by URL and records every call with its headers and options. */
function recordedFetch(replies: Record<string, Reply>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fake = (input: string | URL, init?: RequestInit): Promise<Response> => {
    const url = input.toString();
    calls.push({ url, init });
    const reply = replies[url] ?? { status: 404, body: '' };
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if (reply === 'never')
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    return Promise.resolve(new Response(reply.body ?? '', { status: reply.status ?? 200 }));
  };
  return { fetch: fake as unknown as typeof fetch, calls };
}

const RECORD_URL = 'https://pub.orcid.org/v3.0/0000-0004-7711-230X/record';
const WORKS_URL = 'https://pub.orcid.org/v3.0/0000-0004-7711-230X/works/90000101,90000102,90000103';

describe('fetching a public record', () => {
  it('fetches the ORCID record, then the work details, and hands back one ORCID JSON with the authors', async () => {
    const { fetch, calls } = recordedFetch({
      [RECORD_URL]: { body: fixture('orcid-record.json') },
      [WORKS_URL]: { body: fixture('orcid-works-bulk.json') },
    });
    const record = await fetchRemoteRecord(ORCID, { fetch });
    expect(calls.map((c) => c.url)).toEqual([RECORD_URL, WORKS_URL]);
    for (const call of calls) {
      expect(call.init?.headers).toEqual({ Accept: 'application/json' });
      expect(call.init?.credentials).toBe('omit');
      expect(call.init?.signal).toBeInstanceOf(AbortSignal);
    }
    expect(record).toMatchObject({ ok: true, format: 'orcid-json', fileName: 'orcid-0000-0004-7711-230X.json' });
    if (!record.ok) return;
    expect(record.notes).toEqual([]);
    const works = JSON.parse(record.data)['activities-summary'].works.group;
    expect(works[0]['work-summary'][0].contributors.contributor).toHaveLength(3);
  });

  it('imports the ORCID works without authors, and says so, when the details call fails', async () => {
    const { fetch } = recordedFetch({ [RECORD_URL]: { body: fixture('orcid-record.json') }, [WORKS_URL]: 'never' });
    const record = await fetchRemoteRecord(ORCID, { fetch, timeoutMs: 30 });
    expect(record).toMatchObject({ ok: true, data: fixture('orcid-record.json') });
    if (record.ok) expect(record.notes).toEqual([expect.stringMatching(/authors .* could not be fetched/)]);
  });

  it('fetches the dblp person XML by pid', async () => {
    const { fetch, calls } = recordedFetch({
      'https://dblp.org/pid/999/4417.xml': { body: fixture('dblp-person.xml') },
    });
    expect(await fetchRemoteRecord(DBLP, { fetch })).toEqual({
      ok: true,
      format: 'dblp-xml',
      data: fixture('dblp-person.xml'),
      fileName: 'dblp-999_4417.xml',
      notes: [],
    });
    expect(calls[0]?.init?.headers).toEqual({ Accept: 'application/xml' });
  });

  it.each([
    ['an unknown iD (404)', { status: 404, body: fixture('orcid-not-found.json') }, /no public record for/],
    ['a server error', { status: 502, body: 'Bad Gateway' }, /had an error \(HTTP 502\)/],
    ['a body that is not JSON', { status: 200, body: 'Service Unavailable' }, /not JSON/],
    ['a captive portal page', { status: 200, body: '<html><body>Log in to Wi-Fi</body></html>' }, /a web page/],
    ['no connection', 'network-error', /Could not reach pub\.orcid\.org/],
    ['no answer before the deadline', 'never', /did not answer within \d+ seconds/],
  ] as const)('says what went wrong with %s, and makes no further call', async (_label, reply, message) => {
    const { fetch, calls } = recordedFetch({ [RECORD_URL]: reply });
    const record = await fetchRemoteRecord(ORCID, { fetch, timeoutMs: 20 });
    expect(record).toEqual({ ok: false, error: expect.stringMatching(message) as string });
    if (!record.ok) expect(record.error).toMatch(/Nothing was imported\.$/);
    expect(calls).toHaveLength(1);
  });

  it('gives up after the deadline even when the server never answers', async () => {
    const { fetch } = recordedFetch({ 'https://dblp.org/pid/999/4417.xml': 'never' });
    const started = Date.now();
    const record = await fetchRemoteRecord(DBLP, { fetch, timeoutMs: 50 });
    expect(record).toEqual({ ok: false, error: expect.stringMatching(/dblp\.org did not answer/) as string });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
