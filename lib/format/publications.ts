/**
 * Publication lists as a form or an email wants them: plain numbered, Markdown, HTML, BibTeX, or a citation style
 * (APA, IEEE, ACM, Chicago) — every entry's text comes from the CSL engine (citation-styles.ts), never from string
 * templates of ours. Filters pick the entries; the owner's name is bold or underlined where the format allows.
 */
import type { CSL } from '@citation-js/core';
import { properNouns, toBibtex } from '../export/bibtex';
import type { PublicationFilters, PublicationStyle } from './publication-style';
import type { Publication } from '../profile/schema';
import { renderEntries, type CitationStyle } from './citation-styles';
import { OWN_END, OWN_START, publicationToCsl, stripOwnMarkers } from './csl';
import { escapeMarkdown, tokenizeHtml, unwrapCslEntry } from './markup';
import { authorParts, ownerParts, type SplitName } from './names';
import { ownerIndexes, selectPublications, type PublicationSource } from './publications-select';

export {
  isFirstAuthor,
  ownerIndexes,
  selectPublications,
  PUBLICATION_STYLES,
  PUBLICATION_STYLE_LABELS,
} from './publications-select';

/** The citation style whose entries the plain, Markdown and HTML lists number. */
const LIST_BODY_STYLE: CitationStyle = 'apa';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways a CSL style may print these given names: in full, or as initials with or without dots and spaces. */
function givenForms(givens: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const given of givens) {
    const words = given.split(/[\s.]+/).filter(Boolean);
    if (words.length === 0) continue;
    forms.add(given);
    const initials = words.map((w) => w.charAt(0).toUpperCase());
    forms.add(initials.map((i) => `${i}.`).join(' '));
    forms.add(initials.map((i) => `${i}.`).join(''));
    forms.add(initials.join(' '));
    forms.add(initials.join(''));
    forms.add(words.map((w, i) => (i === 0 ? w : `${w.charAt(0).toUpperCase()}.`)).join(' '));
  }
  return [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * Wrap each marked owner name, with the given names the style printed before ("M. Okonkwo") or after
 * ("Okonkwo, M."), in `open`/`close`. Markers are removed.
 */
export function markOwnerName(text: string, givens: Iterable<string>, open: string, close: string): string {
  const forms = givenForms(givens).map(escapeRegExp);
  const given = forms.length > 0 ? `(?:${forms.join('|')})` : undefined;
  const before = given ? new RegExp(`${given}\\s$`) : undefined;
  const after = given ? new RegExp(`^,\\s${given}(?![\\p{L}])`, 'u') : undefined;
  let out = '';
  let rest = text;
  for (let start = rest.indexOf(OWN_START); start >= 0; start = rest.indexOf(OWN_START)) {
    const end = rest.indexOf(OWN_END, start);
    if (end < 0) break;
    let head = rest.slice(0, start);
    const family = rest.slice(start + 1, end);
    let tail = rest.slice(end + 1);
    const lead = before?.exec(head);
    if (lead) {
      head = head.slice(0, lead.index);
      out += `${head}${open}${lead[0]}${family}${close}`;
    } else {
      const trail = after?.exec(tail);
      const suffix = trail ? trail[0] : '';
      tail = tail.slice(suffix.length);
      out += `${head}${open}${family}${suffix}${close}`;
    }
    rest = tail;
  }
  return stripOwnMarkers(out + rest);
}

function htmlToMarkdown(html: string): string {
  const map: Record<string, string> = { i: '*', em: '*', b: '**', strong: '**' };
  return tokenizeHtml(html)
    .map((t) => {
      if (t.kind === 'text') return escapeMarkdown(t.text);
      if (t.name === 'u') return t.close ? '</u>' : '<u>';
      return map[t.name] ?? '';
    })
    .join('');
}

function htmlToText(html: string): string {
  return tokenizeHtml(html)
    .map((t) => (t.kind === 'text' ? t.text : ''))
    .join('');
}

export interface FormattedList {
  /** What goes on the clipboard as text and out of `profile.export`. */
  text: string;
  /** The same list as HTML where the format has markup (for a rich clipboard). */
  html?: string;
  count: number;
}

function cslItems(
  pubs: readonly Publication[],
  owner: SplitName | undefined,
  mark: boolean,
  style?: CitationStyle,
): CSL[] {
  return pubs.map((pub) => publicationToCsl(pub, ownerIndexes(pub, owner), mark, style));
}

function ownerGivens(pubs: readonly Publication[], owner: SplitName | undefined): Set<string> {
  const givens = new Set<string>();
  if (owner?.given) givens.add(owner.given);
  for (const pub of pubs) {
    for (const i of ownerIndexes(pub, owner)) {
      const author = pub.authors[i];
      if (author) givens.add(authorParts(author).given);
    }
  }
  return givens;
}

/** Format the publications of a profile in one style, with filters. */
export function formatPublicationList(
  source: PublicationSource,
  style: PublicationStyle,
  filters: PublicationFilters = {},
): FormattedList {
  const owner = ownerParts(source.name);
  const pubs = selectPublications(source, filters);
  const count = pubs.length;
  if (count === 0) return { text: '', count };
  if (style === 'bibtex') {
    return { text: toBibtex(pubs, { vocabulary: properNouns(source) }).trim(), count };
  }
  const bodyStyle: CitationStyle =
    style === 'plain' || style === 'markdown' || style === 'html' ? LIST_BODY_STYLE : style;
  const entries = renderEntries(cslItems(pubs, owner, true, bodyStyle), {
    style: bodyStyle,
    format: 'html',
    maxAuthors: filters.maxAuthors,
  }).map((entry) => tidyEntry(unwrapCslEntry(entry)));
  const givens = ownerGivens(pubs, owner);
  const ownName = filters.ownName ?? (style === 'markdown' || style === 'html' ? 'bold' : 'none');
  const tags = (kind: 'bold' | 'underline' | 'none'): [string, string] =>
    kind === 'underline' ? ['<u>', '</u>'] : kind === 'bold' ? ['<strong>', '</strong>'] : ['', ''];
  const marked = entries.map((e) => markOwnerName(e, givens, ...tags(ownName)));
  // The rich (HTML) copy of a citation style marks the owner even when the text cannot.
  const richMarked = entries.map((e) => markOwnerName(e, givens, ...tags(ownName === 'none' ? 'bold' : ownName)));
  switch (style) {
    case 'plain':
      return { text: marked.map((e, i) => `${i + 1}. ${htmlToText(e)}`).join('\n'), count };
    case 'markdown':
      return { text: marked.map((e, i) => `${i + 1}. ${htmlToMarkdown(e)}`).join('\n'), count };
    case 'html': {
      const html = `<ol>\n${marked.map((e) => `  <li>${e}</li>`).join('\n')}\n</ol>`;
      return { text: html, html, count };
    }
    default: {
      const text = marked.map((e, i) => {
        const plain = htmlToText(e);
        // Numbered styles print "[n]" in a margin cell that unwrapping dropped; put it back as text.
        return numbered(bodyStyle) ? `[${i + 1}] ${plain}` : plain;
      });
      const html = `<ol>\n${richMarked.map((e) => `  <li>${e}</li>`).join('\n')}\n</ol>`;
      return { text: text.join('\n'), html, count };
    }
  }
}

/**
 * The last guard against empty punctuation a style file prints around a missing field (". .", "In .", "()",
 * ", ."), and the closing period a style forgot (IEEE's patents). An entry ending in a link keeps it bare.
 */
export function tidyEntry(html: string): string {
  const closers = '((?:\\s*<\\/?[a-z]+>)*)';
  const tidy = html
    .replace(/\(\s*\)/g, '')
    .replace(/\bIn\s*((?:<[^>]+>\s*)*)[.,]/g, '$1')
    .replace(new RegExp(`\\.${closers}\\s+\\.(?!\\.)`, 'g'), '.$1')
    .replace(new RegExp(`,${closers}\\s*([.,])`, 'g'), '$2$1')
    .replace(/\s+([.,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const text = tidy.replace(/<[^>]+>/g, '');
  return /[.?!][”’"]?$|https?:\/\/\S+$/.test(text) || text === '' ? tidy : `${tidy}.`;
}

function numbered(style: CitationStyle): boolean {
  return style === 'ieee' || style === 'acm';
}
