import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportProfile } from '../../../lib/export';
import { parseImport } from '../../../lib/import';
import { importBibtex } from '../../../lib/import/bibtex';
import { mergeIntoProfile } from '../../../lib/import/merge';
import { emptyProfile } from '../../../lib/profile/create';
import type { Profile } from '../../../lib/profile/schema';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function publicationsOf(text: string) {
  const result = importBibtex(text);
  if (!result.ok) throw new Error(result.error);
  return { publications: result.draft.publications ?? [], warnings: result.warnings };
}

describe('BibTeX exports', () => {
  it('reads a Google Scholar export: accents, arXiv "journals", pages', () => {
    const { publications, warnings } = publicationsOf(fixture('google-scholar.bib'));
    expect(warnings).toEqual([]);
    expect(publications.map((p) => [p.type, p.title, p.year])).toEqual([
      ['preprint', 'Robust gradient clipping for Non-IID federated learning', 2024],
      ['conference', 'Sparse updates for on-device learning', 2023],
      ['journal', 'Tidal models for Çanakkale strait traffic', 2022],
    ]);
    expect(publications[0]).toMatchObject({ arxiv: '2403.01234', venue: 'arXiv preprint', status: 'in-submission' });
    expect(publications[0]!.authors?.map((a) => a.name)).toEqual([
      'Chidinma Okafor',
      'Jörg Müller',
      'Astrid Lindqvist',
    ]);
    expect(publications[1]!.authors?.[1]).toMatchObject({ name: 'Mateo García', given: 'Mateo', family: 'García' });
    expect(publications[2]).toMatchObject({ volume: '12', issue: '3', pages: '45–67', publisher: 'Harbour Press' });
    expect(publications[2]!.authors?.[1]?.name).toBe('Nils Østergaard');
  });

  it('reads a DBLP export: CoRR with eprint as a preprint, workshops by booktitle', () => {
    const { publications } = publicationsOf(fixture('dblp.bib'));
    expect(publications.map((p) => [p.type, p.arxiv, p.doi])).toEqual([
      ['preprint', '2403.01234', '10.48550/arxiv.2403.01234'],
      ['workshop', undefined, undefined],
    ]);
    expect(publications[1]!.venue).toBe('ICML 2023 Workshop on Federated Learning');
    expect(publications[0]!.volume).toBeUndefined();
  });

  it('reads a Zotero export: month macros, Unicode names, theses, and keeps HTML in text inert', () => {
    const { publications } = publicationsOf(fixture('zotero.bib'));
    expect(publications.map((p) => [p.type, p.month, p.year])).toEqual([
      ['conference', 6, 2023],
      ['preprint', 3, 2024],
      ['thesis', undefined, 2021],
    ]);
    expect(publications[0]).toMatchObject({
      title: 'Sparse Updates for On-Device Learning',
      doi: '10.1109/cvpr52729.2023.00101',
      url: 'https://example.org/papers/sparse-updates',
    });
    expect(publications[1]!.arxiv).toBe('2403.01234');
    expect(publications[2]).toMatchObject({
      title: 'Learning at the Edge: Theory and Systems',
      venue: 'University of Lakeshore',
    });
  });

  it('recognises the same papers across the three exports and flags the owner', async () => {
    let profile: Profile = { ...emptyProfile('p'), name: { given: 'Chidinma', family: 'Okafor' } };
    for (const name of ['google-scholar.bib', 'dblp.bib', 'zotero.bib']) {
      const parsed = await parseImport({ format: 'auto', text: fixture(name), fileName: name });
      if (!parsed.ok || parsed.value.kind !== 'profile') throw new Error('import failed');
      expect(parsed.value.format).toBe('bibtex');
      profile = mergeIntoProfile(profile, parsed.value.draft, { exclude: [] }).profile;
    }
    expect(profile.publications.map((p) => p.title)).toEqual([
      'Robust gradient clipping for Non-IID federated learning',
      'Sparse updates for on-device learning',
      'Tidal models for Çanakkale strait traffic',
      'Federated Sketches',
      'Learning at the Edge: Theory and Systems',
    ]);
    expect(profile.publications[0]!.doi).toBe('10.48550/arxiv.2403.01234');
    expect(profile.publications.every((p) => p.authors[0]?.self === true)).toBe(true);
  });

  it('decodes LaTeX the fast path does not know through the full parser', () => {
    const { publications } = publicationsOf(
      "@article{x, author={Dvo\\v{r}{\\'a}k, Anton{\\'\\i}n}, title={On \\textsc{Sparse} $\\mathcal{O}(n)$ \\foo{Bar}}, journal={J}, year=2020}",
    );
    expect(publications[0]!.authors?.[0]?.name).toBe('Antonín Dvořák');
    expect(publications[0]!.title).toMatch(/^On Sparse/);
  });
});

describe('broken BibTeX', () => {
  it('keeps the good entries and names an entry with an unclosed brace and its line', () => {
    const text = [
      '@article{good1, title={First Good Paper}, author={Doe, Jane}, journal={J}, year={2020}}',
      '',
      '@article{broken, title={Unbalanced {brace}, author={Roe, Richard}, year={2021}',
      '',
      '@inproceedings{good2, title={Second Good Paper}, author={Doe, Jane}, booktitle={Proc. X}, year={2022}}',
    ].join('\n');
    const { publications, warnings } = publicationsOf(text);
    expect(publications.map((p) => p.title)).toEqual(['First Good Paper', 'Second Good Paper']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Left out BibTeX entry "broken" \(line 3\): /);
  });

  it('keeps the entries before a file cut off mid-entry and names the cut one', () => {
    const text = fixture('google-scholar.bib') + '\n@article{cutoff2025,\n  title={A Paper That Never En';
    const { publications, warnings } = publicationsOf(text);
    expect(publications).toHaveLength(3);
    expect(warnings).toEqual([
      'Left out BibTeX entry "cutoff2025" (line 27): the file ends inside this entry (cut off?).',
    ]);
  });

  it('refuses a file with no entries at all', () => {
    expect(importBibtex('just text, no entries')).toEqual({
      ok: false,
      error: 'No BibTeX entries found (entries start with @article{, @inproceedings{, …).',
    });
  });
});

describe('BibTeX and CSL-JSON export', () => {
  it('exports publications that import back to the same facts', async () => {
    const { publications } = publicationsOf(fixture('zotero.bib') + fixture('google-scholar.bib'));
    const profile = mergeIntoProfile(emptyProfile('p'), { publications }, { exclude: [] }).profile;
    for (const format of ['bibtex', 'csl-json'] as const) {
      const exported = await exportProfile(profile, { type: 'profile.export', format });
      if (!exported.ok) throw new Error(exported.error);
      const back = await parseImport({ format: 'auto', text: exported.data });
      if (!back.ok || back.value.kind !== 'profile') throw new Error(back.ok ? 'not a profile' : back.error);
      const facts = (list: typeof publications) =>
        list.map((p) => [p.type, p.title, p.year, p.month, p.doi, p.arxiv, p.pages, p.authors?.map((a) => a.name)]);
      expect(facts(back.value.draft.publications ?? []), format).toEqual(facts(profile.publications));
    }
  });

  it('escapes LaTeX specials so the export compiles', async () => {
    const profile: Profile = {
      ...emptyProfile('p'),
      publications: [
        {
          id: 'x',
          type: 'journal',
          title: 'Costs & Benefits: 50% of {Everything} #1_a',
          authors: [{ name: 'Ana García', self: true, equalContribution: false, corresponding: false }],
          venue: 'J. Things',
          year: 2020,
          status: 'published',
          selected: false,
        },
      ],
    };
    const exported = await exportProfile(profile, { type: 'profile.export', format: 'bibtex' });
    if (!exported.ok) throw new Error(exported.error);
    // Only words that must keep their case are braced (issue #15), so the title is not wrapped whole.
    expect(exported.data).toContain('title = {Costs \\& Benefits: 50\\% of \\{Everything\\} \\#1\\_a}');
    const back = importBibtex(exported.data);
    expect(back.ok && back.draft.publications?.[0]?.title).toBe('Costs & Benefits: 50% of {Everything} #1_a');
  });
});
