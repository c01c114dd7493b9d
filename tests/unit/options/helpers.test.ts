import { describe, expect, it } from 'vitest';
import { guessImportFormat } from '../../../lib/import/detect';
import { filterPublications, publicationSearchText } from '../../../components/options/PublicationsEditor';
import { groupRulesByOrigin } from '../../../components/options/SiteRulesPanel';
import { visibleRange } from '../../../components/options/VirtualList';
import { currentRoute } from '../../../components/options/useHashRoute';

describe('guessing what a dropped file is', () => {
  it('recognises backups, JSON Resume, CSL-JSON, BibTeX and PDFs', () => {
    expect(guessImportFormat('vitae-backup.json', '{"format":"vitae-backup","version":1}')).toBe('backup');
    expect(guessImportFormat(undefined, '{"basics":{"name":"Ines Marlowe"}}')).toBe('json-resume');
    expect(guessImportFormat('pubs.json', '[{"type":"article-journal","title":"A"}]')).toBe('csl-json');
    expect(guessImportFormat(undefined, '@article{marlowe2023,\n title={A}}')).toBe('bibtex');
    expect(guessImportFormat('cv.PDF', undefined)).toBe('cv-pdf');
  });
  it('leaves anything unclear to the background', () => {
    expect(guessImportFormat(undefined, 'Ines Marlowe\nLecturer, University of Example')).toBe('auto');
    expect(guessImportFormat('x.json', '{not json')).toBe('auto');
  });
});

describe('the publication list', () => {
  const pubs = [
    { title: 'Learning to fill forms', venue: 'EXCONF', year: 2023, authors: [{ name: 'Ines Marlowe' }] },
    { title: 'Graph models', venue: 'Journal of Examples', year: 2019, authors: [{ name: 'Theo Quill' }] },
  ].map((p, i) => ({
    id: `p${i}`,
    type: 'journal' as const,
    status: 'published' as const,
    selected: false,
    ...p,
    authors: p.authors.map((a) => ({ ...a, self: false, equalContribution: false, corresponding: false })),
  }));
  const haystacks = pubs.map(publicationSearchText);

  it('matches every word of the filter in title, authors, venue or year, ignoring case', () => {
    expect(filterPublications(haystacks, 'marlowe 2023')).toEqual([0]);
    expect(filterPublications(haystacks, 'GRAPH')).toEqual([1]);
    expect(filterPublications(haystacks, 'marlowe 2019')).toEqual([]);
    expect(filterPublications(haystacks, '  ')).toEqual([0, 1]);
  });
  it('renders only the rows in view plus overscan', () => {
    expect(visibleRange(0, 440, 44, 2000, 6)).toEqual({ first: 0, last: 16 });
    expect(visibleRange(44 * 1000, 440, 44, 2000, 6)).toEqual({ first: 994, last: 1016 });
    expect(visibleRange(44 * 1995, 440, 44, 2000, 6)).toEqual({ first: 1989, last: 2000 });
  });
});

describe('options routing and rules', () => {
  it('reads the section from the address', () => {
    expect(currentRoute('#/publications')).toBe('publications');
    expect(currentRoute('#/welcome?from=install')).toBe('welcome');
    expect(currentRoute('')).toBe('basics');
  });
  it('groups learned rules by site', () => {
    const rule = (origin: string, label: string) => ({
      id: label,
      origin,
      signature: label,
      target: 'email',
      createdAt: '2026-01-01',
      label,
    });
    const groups = groupRulesByOrigin([
      rule('https://b.example', 'Email'),
      rule('https://a.example', 'Phone'),
      rule('https://b.example', 'Address'),
    ]);
    expect(groups.map(([origin, rules]) => [origin, rules.map((r) => r.label)])).toEqual([
      ['https://a.example', ['Phone']],
      ['https://b.example', ['Address', 'Email']],
    ]);
  });
});
