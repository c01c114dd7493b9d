import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SCHOLAR_IDS,
  checkOrcid,
  idFromInput,
  scholarIdFromUrl,
  scholarLink,
  serviceOfFieldKind,
  serviceOfNetwork,
} from '../../../lib/values/scholar-ids';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'platform', 'stores', 'utils'];

function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Code lines only: doc comments and line comments may mention the addresses. */
function codeLines(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''));
}

describe('one home for scholar identities (issue #17)', () => {
  it('builds links to a person’s ORCID, Scholar and DBLP pages in lib/values/scholar-ids.ts only', () => {
    const PAGE = /(?<![\w.])orcid\.org\/|scholar\.google\.[a-z.]+\/citations|dblp(?:\.uni-trier)?\.(?:org|de)\/pid\//;
    const builders = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      codeLines(readFileSync(file, 'utf8'))
        .filter((line) => PAGE.test(line))
        .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
    );
    expect(builders.length).toBeGreaterThan(0);
    expect(builders.filter((b) => !b.startsWith('lib/values/scholar-ids.ts:'))).toEqual([]);
  });

  it('computes the ORCID check digit in one place', () => {
    const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    const checkers = files.filter((f) => /%\s*11\)/.test(readFileSync(f, 'utf8')));
    expect(checkers.map((f) => relative(ROOT, f))).toEqual(['lib/values/scholar-ids.ts']);
  });
});

describe('scholar ids', () => {
  it('takes the id out of a pasted profile address', () => {
    expect(idFromInput('orcid', 'https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(idFromInput('googleScholar', 'https://scholar.google.com/citations?user=abcDEF12345A&hl=en')).toBe(
      'abcDEF12345A',
    );
    expect(idFromInput('dblp', 'https://dblp.org/pid/77/1234-2.html')).toBe('77/1234-2');
    expect(idFromInput('dblp', 'not a pid at all')).toBe('not a pid at all');
  });

  it('names the service of a URL, a JSON Resume network and a field kind with one vocabulary', () => {
    expect(scholarIdFromUrl('https://scholar.google.co.uk/citations?user=abcDEF12345A')).toEqual({
      service: 'googleScholar',
      id: 'abcDEF12345A',
    });
    expect(scholarIdFromUrl('https://dblp.uni-trier.de/pid/d/JohnDoe.html')).toEqual({
      service: 'dblp',
      id: 'd/JohnDoe',
    });
    expect(scholarIdFromUrl('https://example.org/orcid.org')).toBeUndefined();
    expect(serviceOfNetwork('Google Scholar')).toBe('googleScholar');
    expect(serviceOfNetwork('ORCID')).toBe('orcid');
    expect(serviceOfFieldKind('scholar.url')).toEqual({ service: 'googleScholar', form: 'url' });
    expect(serviceOfFieldKind('phone')).toBeUndefined();
  });

  it('links each stored id to the person’s page, and not an id that is not one', () => {
    expect(scholarLink('dblp', '77/1234-2')).toBe('https://dblp.org/pid/77/1234-2.html');
    expect(scholarLink('orcid', '0000-0002-1825-0098')).toBeUndefined();
    expect(checkOrcid('0000-0002-1825-0098')).toEqual({ ok: false, reason: 'checksum', id: '0000-0002-1825-0098' });
    for (const [service, spec] of Object.entries(SCHOLAR_IDS))
      expect(spec.parse(spec.url(spec.example)), service).toBe(spec.example);
  });
});
