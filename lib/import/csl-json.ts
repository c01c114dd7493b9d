/** CSL-JSON (Zotero, citation-js, Crossref, Mendeley exports): a list of items, or a single item. */
import type { PublicationType } from '../profile/schema';
import { cleanText, normaliseArxiv, normaliseDoi, safeUrl } from './clean';
import { JsonReader, isObject, type Json } from './json-reader';
import type { ProfileDraft } from './types';
import { guessPublicationType } from './venue';

type DraftPublication = NonNullable<ProfileDraft['publications']>[number];

const TYPES: Record<string, PublicationType> = {
  'article-journal': 'journal',
  'paper-conference': 'conference',
  article: 'preprint',
  manuscript: 'preprint',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  patent: 'patent',
};

export function looksLikeCslJson(value: unknown): boolean {
  const items = Array.isArray(value) ? value : [value];
  return (
    items.length > 0 && items.every((i) => isObject(i) && typeof i.type === 'string' && ('title' in i || 'id' in i))
  );
}

function dateParts(value: unknown): number[] {
  if (!isObject(value)) return [];
  const parts = value['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]))
    return (parts[0] as unknown[]).map(Number).filter(Number.isFinite);
  if (typeof value.raw === 'string')
    return (/(\d{4})(?:-(\d{1,2}))?/.exec(value.raw) ?? []).slice(1).filter(Boolean).map(Number);
  return [];
}

export function importCslJson(
  data: unknown,
): { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string } {
  const items = Array.isArray(data) ? data : isObject(data) ? [data] : undefined;
  if (!items || !looksLikeCslJson(items))
    return { ok: false, error: 'Not CSL-JSON: expected a list of items with "type" and "title".' };
  const r = new JsonReader();
  const publications: DraftPublication[] = [];
  items.forEach((raw, index) => {
    const item = raw as Json;
    const path = `[${index}]`;
    const title = cleanText(r.str(item, 'title', path), 2_000);
    if (!title) {
      r.warnings.push(`Left out item ${path}: it has no title.`);
      return;
    }
    const authors = r.objects(item, 'author', path).flatMap(({ item: a, path: ap }) => {
      const literal = r.str(a, 'literal', ap);
      const given = r.str(a, 'given', ap);
      const family = [r.str(a, 'non-dropping-particle', ap), r.str(a, 'family', ap)].filter(Boolean).join(' ');
      const name = literal ?? [given, family].filter(Boolean).join(' ');
      return name ? [{ name, ...(given ? { given } : {}), ...(family ? { family } : {}) }] : [];
    });
    const venue = cleanText(r.str(item, 'container-title', path) ?? r.str(item, 'publisher', path), 1_000);
    const doi = normaliseDoi(r.str(item, 'DOI', path));
    const url = safeUrl(r.str(item, 'URL', path));
    const arxiv = normaliseArxiv(
      [r.str(item, 'number', path), url, r.str(item, 'note', path)].find((s) => s && /arxiv|^\d{4}\.\d{4,5}/i.test(s)),
    );
    const cslType = r.str(item, 'type', path) ?? '';
    let type = TYPES[cslType] ?? guessPublicationType(venue);
    if (type === 'journal' && /\b(arxiv|preprint)\b/i.test(venue ?? '')) type = 'preprint';
    if (cslType === 'paper-conference' && /\bworkshops?\b/i.test(venue ?? '')) type = 'workshop';
    const [year, month] = dateParts(item.issued);
    publications.push({
      type,
      title,
      authors,
      ...(venue ? { venue } : {}),
      ...(year ? { year } : {}),
      ...(month && month >= 1 && month <= 12 ? { month } : {}),
      ...(r.str(item, 'volume', path) ? { volume: cleanText(r.str(item, 'volume', path), 50) } : {}),
      ...(r.str(item, 'issue', path) ? { issue: cleanText(r.str(item, 'issue', path), 50) } : {}),
      ...(r.str(item, 'page', path) ? { pages: cleanText(r.str(item, 'page', path)?.replace(/-+/g, '–'), 50) } : {}),
      ...(r.str(item, 'publisher', path) && venue !== r.str(item, 'publisher', path)
        ? { publisher: cleanText(r.str(item, 'publisher', path), 300) }
        : {}),
      ...(doi ? { doi } : {}),
      ...(arxiv ? { arxiv } : {}),
      ...(url ? { url } : {}),
      status: type === 'preprint' ? 'in-submission' : 'published',
    });
  });
  return { ok: true, draft: { publications }, warnings: r.warnings };
}
