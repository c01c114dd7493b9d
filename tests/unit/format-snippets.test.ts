import { describe, expect, it } from 'vitest';
import { listLinks } from '../../lib/format/links';
import { listSnippets, searchSnippets } from '../../lib/format/snippets';
import { OKONKWO } from '../fixtures/profile-okonkwo';

describe('ids and links', () => {
  it('gives each scholar id as a URL and as the bare id', () => {
    const links = Object.fromEntries(listLinks(OKONKWO.links).map((l) => [l.kind, l]));
    expect(links.orcid).toMatchObject({ id: '0000-0002-1825-0097', url: 'https://orcid.org/0000-0002-1825-0097' });
    expect(links.googleScholar?.url).toBe('https://scholar.google.com/citations?user=AbCdEfGAAAAJ');
    expect(links.dblp?.url).toBe('https://dblp.org/pid/123/4567.html');
    expect(links.semanticScholar?.url).toBe('https://www.semanticscholar.org/author/1234567');
    expect(links.openReview?.url).toBe('https://openreview.net/profile?id=~Mira_Okonkwo1');
    expect(links.homepage).toMatchObject({ id: 'https://mira.example.org', url: 'https://mira.example.org' });
    expect(links.linkedin).toBeUndefined();
  });
});

describe('search over the profile', () => {
  const snippets = listSnippets(OKONKWO);

  it('finds the ORCID by name, the URL first', () => {
    const hits = searchSnippets(snippets, 'orcid');
    expect(hits.map((h) => h.text)).toEqual(['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097']);
  });

  it('matches every word, ignoring case and accents', () => {
    const hits = searchSnippets(snippets, 'TIDAL priors');
    expect(hits[0]?.text).toBe('Sparse priors for tidal flow reconstruction. Journal of Imaginary Hydrology, 2025.');
    expect(searchSnippets(snippets, 'westmarch assistant')[0]?.text).toBe(
      'Assistant Professor, Department of Computational Oceanography, University of Westmarch',
    );
    expect(searchSnippets(snippets, 'no such thing')).toEqual([]);
  });

  it('offers the stored bios', () => {
    expect(snippets.filter((s) => s.group === 'Bio').map((s) => s.label)).toEqual(['Bio: Short (third person)']);
  });
});
