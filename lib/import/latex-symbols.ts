/**
 * What LaTeX's text accents and special letters mean, shared by the BibTeX decoder (bibtex/latex.ts) and the LaTeX CV
 * importer (cv-markup/latex.ts). Only what reads the same in both lives here: `\\`, `\-`, `\/`, Greek and maths
 * differ (in a BibTeX value `\\` is a space, in a CV a line break), so each context adds its own entries on top.
 */

/** Combining marks of the text accents: \'e → é, \c{c} → ç. */
export const LATEX_ACCENTS: Readonly<Record<string, string>> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030a',
  H: '\u030b',
  v: '\u030c',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331',
};

/** Letters, escaped symbols and dashes that read the same in a BibTeX value and in a CV. */
export const LATEX_LETTERS: Readonly<Record<string, string>> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  '&': '&',
  '%': '%',
  $: '$',
  _: '_',
  '#': '#',
  '{': '{',
  '}': '}',
  ' ': ' ',
  ',': ' ',
  ';': ' ',
  textendash: '–',
  textemdash: '—',
  ldots: '…',
  dots: '…',
};
