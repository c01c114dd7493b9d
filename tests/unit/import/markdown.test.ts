/** The Markdown reader (marked's lexer) on what Markdown CVs hold besides headings and lists. */
import { describe, expect, it } from 'vitest';
import { importCvLines } from '../../../lib/import/cv-markup/links';
import { markdownToCv } from '../../../lib/import/cv-markup/markdown';

const CV = `<!-- Built from cv.yaml: the comment must not hide the name. -->
# Jos&eacute; Nu&ntilde;ez-Arbeloa

Lecturer · School of Geography · Fernhill University
jose.na@geo.fernhill.example.edu · www.jose-na.example.org

## Publications

1. **J. Nuñez-Arbeloa** and R. Okafor. "Dune Migration in Wind Tunnels[^1]." *Journal of Aeolian Things*, 2021. https://dblp.org/pid/123/4567.html
2. R. Okafor and **J. Nuñez-Arbeloa**. "Sand &amp; Salt." In *Proceedings of the Coastal Workshop*, 2019.

[^1]: Featured on the cover.

## Profiles

- [x] Scholar: https://scholar.google.com/citations?user=Zq3rT9sAAAAJ
`;

describe('a Markdown CV', () => {
  const converted = markdownToCv(CV);

  it('turns bare URLs and e-mail addresses into links whose targets are collected', () => {
    expect(converted.urls).toEqual([
      'mailto:jose.na@geo.fernhill.example.edu',
      'http://www.jose-na.example.org',
      'https://dblp.org/pid/123/4567.html',
      'https://scholar.google.com/citations?user=Zq3rT9sAAAAJ',
    ]);
  });

  it('gives the scholar ids of bare URLs in the body to the profile links', () => {
    const result = importCvLines(converted);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.links).toMatchObject({ dblp: '123/4567', googleScholar: 'Zq3rT9sAAAAJ' });
  });

  it('decodes character references, drops comments, footnote marks, footnotes and task boxes', () => {
    expect(converted.text).toContain('José Nuñez-Arbeloa');
    expect(converted.text).toContain('"Sand & Salt."');
    expect(converted.text).toContain('"Dune Migration in Wind Tunnels."');
    expect(converted.text).not.toMatch(/Built from|Featured on the cover|\[\^1\]|\[x\]/);
    expect(converted.text).toContain('- Scholar: https://scholar.google.com/citations?user=Zq3rT9sAAAAJ');
  });

  it('reads the name and the publications behind those lines', () => {
    const result = importCvLines(converted);
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.name?.full).toBe('José Nuñez-Arbeloa');
    expect(result.draft.publications?.map((p) => [p.title, p.year])).toEqual([
      ['Dune Migration in Wind Tunnels', 2021],
      ['Sand & Salt', 2019],
    ]);
  });
});
