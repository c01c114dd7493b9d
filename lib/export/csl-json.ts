/** Publications → CSL-JSON, the format Zotero, Pandoc and citation-js read. */
import { CSL_TYPES } from '../format/csl';
import type { Publication } from '../profile/schema';
import { bibtexKey } from './bibtex';

export function toCslJson(publications: Publication[]): Record<string, unknown>[] {
  const taken = new Set<string>();
  return publications.map((p) => {
    const item: Record<string, unknown> = { id: bibtexKey(p, taken), type: CSL_TYPES[p.type], title: p.title };
    if (p.authors.length)
      item.author = p.authors.map((a) =>
        a.family || a.given
          ? { family: a.family ?? a.name, ...(a.given ? { given: a.given } : {}) }
          : splitAuthor(a.name),
      );
    if (p.venue) item['container-title'] = p.venue;
    if (p.year) item.issued = { 'date-parts': [p.month ? [p.year, p.month] : [p.year]] };
    if (p.volume) item.volume = p.volume;
    if (p.issue) item.issue = p.issue;
    if (p.pages) item.page = p.pages.replace(/–/g, '-');
    if (p.publisher) item.publisher = p.publisher;
    if (p.doi) item.DOI = p.doi;
    if (p.url && /^https?:\/\//i.test(p.url)) item.URL = p.url;
    if (p.arxiv) item.number = p.arxiv;
    if (p.type === 'preprint' && p.arxiv && !p.publisher) item.publisher = 'arXiv';
    if (p.note) item.note = p.note;
    return item;
  });
}

function splitAuthor(name: string): { family: string; given?: string } | { literal: string } {
  if (name.includes(',')) {
    const [family = '', given = ''] = name.split(',', 2).map((s) => s.trim());
    return given ? { family, given } : { family };
  }
  const words = name.trim().split(/\s+/);
  const family = words[words.length - 1];
  if (words.length < 2 || family === undefined) return { literal: name };
  return { family, given: words.slice(0, -1).join(' ') };
}

export function serializeCslJson(publications: Publication[]): string {
  return JSON.stringify(toCslJson(publications), null, 2);
}
