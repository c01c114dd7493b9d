/**
 * Import by ORCID iD and dblp pid, the pure half: what a person may type, which URL Vitae fetches, what each
 * answer means, and how the recorded answers of a fictional researcher (tests/fixtures/import/remote/) import.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import {
  attachOrcidContributors,
  checkRecordBody,
  fetchFailureMessage,
  orcidWorkPutCodes,
  orcidWorksUrls,
  parseDblpInput,
  parseOrcidInput,
  recordRequest,
  type RemoteSource,
} from '../../../lib/import/remote';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/remote/${name}`, import.meta.url), 'utf8');

const ORCID: RemoteSource = { service: 'orcid', id: '0000-0004-7711-230X' };
const DBLP: RemoteSource = { service: 'dblp', pid: '999/4417' };

describe('reading an ORCID iD', () => {
  it.each([
    ['0000-0004-7711-230X', '0000-0004-7711-230X'],
    ['  0000-0004-7711-230x ', '0000-0004-7711-230X'],
    ['000000047711230X', '0000-0004-7711-230X'],
    ['https://orcid.org/0000-0004-7711-230X', '0000-0004-7711-230X'],
    ['orcid.org/0000-0002-1825-0097/', '0000-0002-1825-0097'],
    ['http://www.orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
  ])('accepts %j', (input, id) => {
    expect(parseOrcidInput(input)).toEqual({ ok: true, source: { service: 'orcid', id } });
  });

  it('names a wrong check digit as such', () => {
    const parsed = parseOrcidInput('0000-0004-7711-2301');
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('check digit') as string });
  });

  it.each([
    '',
    'Marisol Quenneville',
    '0000-0004-7711',
    '0000-0004-7711-230X-1',
    'https://example.org/0000-0004-7711-230X',
    'https://orcid.org/0000-0004-7711-230X/works',
    '../0000-0004-7711-230X',
  ])('refuses %j', (input) => {
    const parsed = parseOrcidInput(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/ORCID iD/);
  });
});

describe('reading a dblp pid or person page', () => {
  it.each([
    ['999/4417', { pid: '999/4417' }],
    ['77/1234-2', { pid: '77/1234-2' }],
    ['https://dblp.org/pid/999/4417.html', { pid: '999/4417' }],
    ['https://dblp.org/pid/77/1234-2.xml', { pid: '77/1234-2' }],
    ['dblp.org/pid/999/4417', { pid: '999/4417' }],
    ['https://dblp.uni-trier.de/pid/999/4417.html?view=by-type', { pid: '999/4417' }],
    ['https://dblp.org/pid/q/MarisolQuenneville.html', { pid: 'q/MarisolQuenneville' }],
    ['https://dblp.org/pers/hd/q/Quenneville:Marisol', { personKey: 'q/Quenneville:Marisol' }],
    ['https://dblp.org/pers/q/Quenneville:Marisol.html', { personKey: 'q/Quenneville:Marisol' }],
  ])('accepts %j', (input, found) => {
    expect(parseDblpInput(input)).toEqual({ ok: true, source: { service: 'dblp', ...found } });
  });

  it.each([
    '',
    'Marisol Quenneville',
    '999',
    '999/../../search',
    'https://dblp.org/pid/../../search/publ/api.xml',
    'https://dblp.org/search?q=Quenneville',
    'https://example.org/pid/999/4417.html',
  ])('refuses %j', (input) => {
    const parsed = parseDblpInput(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/dblp/);
  });
});

describe('request URLs', () => {
  it('asks ORCID for the public v3.0 record as JSON and dblp for the person XML', () => {
    expect(recordRequest(ORCID)).toEqual({
      url: 'https://pub.orcid.org/v3.0/0000-0004-7711-230X/record',
      accept: 'application/json',
    });
    expect(recordRequest(DBLP)).toEqual({ url: 'https://dblp.org/pid/999/4417.xml', accept: 'application/xml' });
    expect(recordRequest({ service: 'dblp', personKey: 'q/Quenneville:Marisol' }).url).toBe(
      'https://dblp.org/pers/xx/q/Quenneville%3AMarisol.xml',
    );
  });

  it('fetches work details at most 100 put-codes per call', () => {
    const codes = Array.from({ length: 230 }, (_, i) => 1000 + i);
    const urls = orcidWorksUrls('0000-0004-7711-230X', codes);
    expect(urls).toHaveLength(3);
    expect(urls[0]).toBe(`https://pub.orcid.org/v3.0/0000-0004-7711-230X/works/${codes.slice(0, 100).join(',')}`);
    expect(urls[2]?.split('/').at(-1)?.split(',')).toHaveLength(30);
    expect(orcidWorksUrls('0000-0004-7711-230X', [])).toEqual([]);
  });
});

describe('what an answer means', () => {
  it.each([
    [ORCID, { kind: 'status', status: 404 }, /ORCID has no public record for 0000-0004-7711-230X/],
    [DBLP, { kind: 'status', status: 404 }, /dblp has no person with pid 999\/4417/],
    [ORCID, { kind: 'status', status: 409 }, /locked or deprecated/],
    [DBLP, { kind: 'status', status: 429 }, /rate-limiting/],
    [DBLP, { kind: 'status', status: 503 }, /dblp\.org had an error \(HTTP 503\)/],
    [ORCID, { kind: 'status', status: 400 }, /refused the request .*HTTP 400/],
    [ORCID, { kind: 'timeout', seconds: 20 }, /pub\.orcid\.org did not answer within 20 seconds/],
    [DBLP, { kind: 'network' }, /Could not reach dblp\.org/],
    [ORCID, { kind: 'permission' }, /may not contact pub\.orcid\.org: the permission was not granted/],
  ] as const)('%j %j', (source, failure, message) => {
    const text = fetchFailureMessage(source, failure);
    expect(text).toMatch(message);
    expect(text).toMatch(/Nothing was imported\.$/);
  });

  it('accepts the recorded record bodies', () => {
    expect(checkRecordBody(ORCID, fixture('orcid-record.json')).ok).toBe(true);
    expect(checkRecordBody(DBLP, fixture('dblp-person.xml')).ok).toBe(true);
  });

  it.each([
    [ORCID, '', /an empty page/],
    [ORCID, '<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>', /a web page/],
    [ORCID, 'Service Unavailable', /not JSON/],
    [ORCID, fixture('orcid-not-found.json'), /an error \(The resource was not found\.\)/],
    [ORCID, '{"basics": {"name": "Marisol"}}', /JSON of another kind/],
    [DBLP, '{"result": {}}', /not XML/],
    [DBLP, '<?xml version="1.0"?><rss></rss>', /XML of another kind/],
    [DBLP, '<html><body>dblp is down</body></html>', /a web page/],
  ] as const)('refuses a %s answer of %j', (source, body, message) => {
    const checked = checkRecordBody(source, body);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error).toMatch(message);
      expect(checked.error).toMatch(/Nothing was imported\.$/);
    }
  });
});

describe('importing the recorded answers', () => {
  it('reads the put-codes of the first summary of each work group', () => {
    expect(orcidWorkPutCodes(JSON.parse(fixture('orcid-record.json')))).toEqual([90000101, 90000102, 90000103]);
    expect(orcidWorkPutCodes({ 'activities-summary': { works: { group: [{ 'work-summary': [{}] }] } } })).toEqual([]);
  });

  it('imports an ORCID record with the authors from the bulk work details', async () => {
    const record = JSON.parse(fixture('orcid-record.json')) as unknown;
    const completed = attachOrcidContributors(record, [JSON.parse(fixture('orcid-works-bulk.json'))]);
    expect(record).toEqual(JSON.parse(fixture('orcid-record.json')));
    const result = await parseImport({ format: 'orcid-json', text: JSON.stringify(completed) });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.kind !== 'profile') return;
    const { draft } = result.value;
    expect(draft.name).toEqual({ given: 'Marisol', family: 'Quenneville', full: 'Marisol Quenneville' });
    expect(draft.links).toMatchObject({ orcid: '0000-0004-7711-230X', homepage: 'https://quenneville.example.net' });
    expect(draft.positions?.[0]).toMatchObject({
      title: 'Associate Professor',
      institution: 'Northfield Institute of Technology',
      start: '2019-07',
      end: 'present',
    });
    expect(draft.publications?.map((p) => [p.title, p.type, p.year, p.doi ?? p.arxiv, p.authors])).toEqual([
      [
        'Synthesising Loop Invariants from Counterexamples',
        'conference',
        2023,
        '10.5555/nit.2023.0042',
        // The editor is not an author; the owner is the contributor carrying the record's own iD.
        [{ name: 'Marisol Quenneville', self: true }, { name: 'Dev Ramaswamy-Holt' }],
      ],
      [
        'Type-Directed Repair of Student Programs',
        'preprint',
        2024,
        '2402.99901',
        [{ name: 'Ilse Vanterpool' }, { name: 'M. Quenneville' }],
      ],
      // Its put-code answered with an error: the work keeps no authors rather than failing the import.
      ['A Survey of Inductive Synthesis Benchmarks', 'journal', 2021, undefined, undefined],
    ]);
  });

  it('imports the ORCID record alone when no work details came back', async () => {
    const record = JSON.parse(fixture('orcid-record.json')) as unknown;
    expect(attachOrcidContributors(record, [])).toBe(record);
    expect(attachOrcidContributors(record, [{ bulk: [{ error: { 'response-code': 500 } }] }])).toBe(record);
    const result = await parseImport({ format: 'orcid-json', text: fixture('orcid-record.json') });
    expect(result.ok && result.value.kind === 'profile' && result.value.draft.publications?.length).toBe(3);
  });

  it('imports the recorded dblp person XML', async () => {
    const result = await parseImport({ format: 'dblp-xml', text: fixture('dblp-person.xml') });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.kind !== 'profile') return;
    const { draft } = result.value;
    expect(draft.name?.full).toBe('Marisol Quenneville');
    expect(draft.links).toEqual({ dblp: '999/4417' });
    expect(draft.publications?.map((p) => [p.type, p.year, p.authors?.filter((a) => a.self).length])).toEqual([
      ['conference', 2023, 1],
      ['preprint', 2024, 1],
      ['journal', 2021, 1],
    ]);
  });
});
