import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import';
import type { ImportFormat } from '../../../lib/import/formats';
import type { ProfileDraft } from '../../../lib/import/types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

async function draftOf(
  format: ImportFormat,
  text: string,
  fileName?: string,
): Promise<{ draft: ProfileDraft; format: string; warnings: string[] }> {
  const parsed = await parseImport({ format, text, ...(fileName ? { fileName } : {}) });
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.value.kind !== 'profile') throw new Error('not a profile');
  return parsed.value;
}

describe('CSL-JSON', () => {
  it('reads Zotero CSL-JSON: types, dates, pages, literal authors, arXiv numbers', async () => {
    const { draft } = await draftOf('csl-json', fixture('zotero-csl.json'));
    expect(draft.publications?.map((p) => [p.type, p.title, p.year, p.month, p.pages, p.doi, p.arxiv])).toEqual([
      [
        'conference',
        'Sparse Updates for On-Device Learning',
        2023,
        6,
        '1021–1030',
        '10.1109/cvpr52729.2023.00101',
        undefined,
      ],
      [
        'preprint',
        'Robust Gradient Clipping for Non-IID Federated Learning',
        2024,
        3,
        undefined,
        undefined,
        '2403.01234',
      ],
    ]);
    expect(draft.publications?.[1]?.authors?.map((a) => a.name)).toEqual(['Chidinma Okafor', 'The Edge Consortium']);
  });
});

describe('ORCID record', () => {
  it('reads the person, affiliations, distinctions, fundings, peer reviews and works', async () => {
    const { draft, warnings } = await draftOf('orcid-json', fixture('orcid-record.json'));
    expect(warnings).toEqual([]);
    expect(draft.name).toEqual({ given: 'Chidinma', family: 'Okafor', full: 'Chidinma A. Okafor' });
    expect(draft.links).toEqual({
      orcid: '0000-0002-1825-0097',
      homepage: 'https://chidinma.example.org',
      googleScholar: 'QwErTyAAAAAJ',
    });
    expect(draft.emails).toEqual([{ address: 'c.okafor@lakeshore.example.edu', kind: 'academic', primary: true }]);
    expect(draft.keywords).toEqual(['federated learning', 'edge computing']);
    expect(draft.positions).toEqual([
      {
        title: 'Assistant Professor',
        institution: 'University of Lakeshore',
        department: 'Department of Computer Science',
        city: 'Lagos',
        country: 'NG',
        start: '2021-08',
        end: 'present',
      },
    ]);
    expect(draft.education).toEqual([
      {
        degree: 'PhD',
        institution: 'University of Lakeshore',
        field: 'Computer Science',
        country: 'NG',
        start: '2016',
        end: '2021',
      },
    ]);
    expect(draft.awards).toEqual([{ title: 'Rising Star in Edge AI', awarder: 'Edge AI Society', date: '2023' }]);
    expect(draft.grants).toEqual([
      { title: 'Private learning on phones', funder: 'Lakeshore Science Fund', start: '2022', end: '2025' },
    ]);
    expect(draft.service).toEqual([{ role: 'reviewer', venue: 'Journal of Edge Systems', start: '2022', end: '2024' }]);
    expect(draft.publications?.map((p) => [p.type, p.year, p.doi, p.arxiv])).toEqual([
      ['conference', 2023, '10.1109/cvpr52729.2023.00101', undefined],
      ['preprint', 2024, undefined, '2403.01234'],
    ]);
  });
});

describe('dblp XML', () => {
  it('reads the person, pid and publications, with entities and the owner flagged by pid', async () => {
    const { draft } = await draftOf('dblp-xml', fixture('dblp-person.xml'));
    expect(draft.name).toMatchObject({ full: 'Chidinma Okafor', family: 'Okafor' });
    expect(draft.links).toEqual({ dblp: '77/1234-2' });
    expect(draft.publications?.map((p) => [p.type, p.title, p.venue, p.year])).toEqual([
      ['preprint', 'Robust Gradient Clipping for Non-IID Federated Learning', 'CoRR', 2024],
      ['conference', 'Sparse Updates for On-Device Learning & Beyond', 'CVPR', 2023],
      ['workshop', 'Federated Sketches', 'ICML Workshop on Federated Learning', 2023],
    ]);
    expect(draft.publications?.[0]).toMatchObject({ arxiv: '2403.01234', doi: '10.48550/arxiv.2403.01234' });
    expect(draft.publications?.[0]?.authors).toEqual([
      { name: 'Chidinma Okafor', self: true },
      { name: 'Jörg Müller', self: false },
      { name: 'Astrid Lindqvist', self: false },
    ]);
    expect(draft.publications?.[1]?.authors?.[1]?.name).toBe('Mateo García');
  });

  it('refuses XML that is cut off', async () => {
    const text = fixture('dblp-person.xml').slice(0, 600);
    expect(await parseImport({ format: 'dblp-xml', text })).toEqual({
      ok: false,
      error: 'Not well-formed XML: <article> is never closed (cut off?).',
    });
  });
});

describe('format: auto', () => {
  it.each([
    ['json-resume-rich.json', 'json-resume'],
    ['orcid-record.json', 'orcid-json'],
    ['zotero-csl.json', 'csl-json'],
    ['dblp-person.xml', 'dblp-xml'],
    ['dblp.bib', 'bibtex'],
    ['cv-markdown.md', 'cv-markdown'],
    ['cv-two-line.txt', 'cv-text'],
  ])('detects %s as %s', async (name, format) => {
    expect((await draftOf('auto', fixture(name))).format).toBe(format);
  });

  it('uses the file name for a .bib file that starts with a comment', async () => {
    const text = 'Exported by a tool\n\n' + fixture('dblp.bib');
    expect((await draftOf('auto', text, 'refs.bib')).format).toBe('bibtex');
  });

  it('detects a Vitae backup', async () => {
    const backup = {
      format: 'vitae-backup',
      version: 1,
      schemaVersion: 1,
      exportedAt: '2025-01-01T00:00:00Z',
      profiles: [{ id: 'p1' }],
    };
    const parsed = await parseImport({ format: 'auto', text: JSON.stringify(backup) });
    expect(parsed.ok && parsed.value.kind).toBe('backup');
  });
});
