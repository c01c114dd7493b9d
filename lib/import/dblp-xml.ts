/** A dblp person page as XML (`https://dblp.org/pid/….xml`): the person's name, pid and publications. */
import type { PublicationType } from '../profile/schema';
import { cleanText, normaliseArxiv, normaliseDoi, safeUrl, splitName } from './clean';
import type { ProfileDraft } from './types';
import { guessPublicationType } from './venue';
import { child, childrenNamed, parseXml, textOf, type XmlElement } from './xml';

type DraftPublication = NonNullable<ProfileDraft['publications']>[number];

const RECORD_TYPES: Record<string, PublicationType> = {
  article: 'journal',
  inproceedings: 'conference',
  proceedings: 'other',
  book: 'book',
  incollection: 'chapter',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
};

export function looksLikeDblpXml(text: string): boolean {
  return /<dblpperson[\s>]/.test(text.slice(0, 2_000)) || /<dblp[\s>]/.test(text.slice(0, 2_000));
}

/** dblp disambiguates homonyms with a number: "Wei Lin 0004". */
const dropHomonymNumber = (name: string) => name.replace(/\s+\d{4}$/, '');

export function importDblpXml(
  text: string,
): { ok: true; draft: ProfileDraft; warnings: string[] } | { ok: false; error: string } {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const top = parsed.root.children.find((c) => c.name === 'dblpperson' || c.name === 'dblp');
  if (!top) return { ok: false, error: 'Not a dblp XML file: no <dblpperson> element.' };
  const warnings: string[] = [];
  const draft: ProfileDraft = {};
  const name = top.attrs.name ? dropHomonymNumber(top.attrs.name) : undefined;
  if (name) draft.name = { full: name, ...splitName(name) };
  if (top.attrs.pid) draft.links = { dblp: top.attrs.pid };
  const records: XmlElement[] = childrenNamed(top, 'r').flatMap((r) => r.children.slice(0, 1));
  if (top.name === 'dblp') records.push(...top.children);
  const publications: DraftPublication[] = [];
  for (const rec of records) {
    const title = cleanText(textOf(child(rec, 'title') ?? rec).replace(/\.$/, ''), 2_000);
    if (!title || !child(rec, 'title')) continue;
    const venueElement =
      child(rec, 'journal') ?? child(rec, 'booktitle') ?? child(rec, 'school') ?? child(rec, 'publisher');
    const venue = venueElement ? cleanText(textOf(venueElement), 1_000) : undefined;
    const ees = childrenNamed(rec, 'ee').map(textOf);
    const doi = normaliseDoi(ees.find((e) => /doi\.org\//.test(e)));
    const arxiv = normaliseArxiv(ees.find((e) => /arxiv\.org\//.test(e)));
    const url = safeUrl(ees.find((e) => !/doi\.org\//.test(e)) ?? ees[0]);
    let type = RECORD_TYPES[rec.name] ?? guessPublicationType(venue);
    if (rec.attrs.publtype === 'informal' || /^CoRR$/i.test(venue ?? '')) type = 'preprint';
    if (type === 'conference' && /\bworkshops?\b/i.test(`${venue ?? ''} ${rec.attrs.key ?? ''}`)) type = 'workshop';
    const year = Number(textOf(child(rec, 'year') ?? rec)) || undefined;
    const volumeElement = child(rec, 'volume');
    const pagesElement = child(rec, 'pages');
    const volume = volumeElement ? textOf(volumeElement) : undefined;
    const pages = pagesElement ? textOf(pagesElement) : undefined;
    publications.push({
      type,
      title,
      authors: childrenNamed(rec, 'author').map((a) => ({
        name: dropHomonymNumber(textOf(a)),
        self: a.attrs.pid === top.attrs.pid,
      })),
      ...(venue ? { venue } : {}),
      ...(year && year > 1000 ? { year } : {}),
      ...(volume && !/^abs\//.test(volume) ? { volume: cleanText(volume, 50) } : {}),
      ...(pages ? { pages: cleanText(pages.replace(/-+/g, '–'), 50) } : {}),
      ...(doi ? { doi } : {}),
      ...(arxiv ? { arxiv } : {}),
      ...(url ? { url } : {}),
      status: type === 'preprint' ? 'in-submission' : 'published',
    });
  }
  if (publications.length) draft.publications = publications;
  else warnings.push('The dblp file lists no publications.');
  return { ok: true, draft, warnings };
}
