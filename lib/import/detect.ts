/** `format: 'auto'`: the format of a file from its content, with its name as a hint. */
import type { ImportFormat } from './formats';
import { looksLikeBackup } from '../backup/backup';
import { looksLikeCslJson } from './csl-json';
import { looksLikeDblpXml } from './dblp-xml';
import { looksLikeJsonResume } from './json-resume';
import { looksLikeOrcid } from './orcid';

export type TextFormat = Exclude<ImportFormat, 'auto' | 'cv-pdf' | 'cv-docx'>;

/** Guess from text (and an already parsed JSON value when the text is JSON). */
export function detectFormat(text: string, fileName: string | undefined, json: unknown): TextFormat | undefined {
  const name = (fileName ?? '').toLowerCase();
  const head = text.trimStart().slice(0, 2_000);
  if (json !== undefined) {
    if (looksLikeBackup(json)) return 'backup';
    if (looksLikeOrcid(json)) return 'orcid-json';
    if (looksLikeJsonResume(json)) return 'json-resume';
    if (looksLikeCslJson(json)) return 'csl-json';
    return undefined;
  }
  if (name.endsWith('.bib') || name.endsWith('.bibtex') || /^(%[^\n]*\n\s*)*@\s*[A-Za-z]+\s*[{(]/.test(head))
    return 'bibtex';
  if (/^<\?xml|^<dblp/.test(head) && looksLikeDblpXml(head)) return 'dblp-xml';
  if (/^\s*</.test(head) && name.endsWith('.xml')) return 'dblp-xml';
  if (/\.(tex|latex|ltx)$/.test(name) || looksLikeLatex(head)) return 'cv-latex';
  if (/\.(md|markdown|mdown)$/.test(name) || looksLikeMarkdown(head)) return 'cv-markdown';
  return 'cv-text';
}

/** LaTeX source: a document class or several of the macros CVs are written with. */
export function looksLikeLatex(text: string): boolean {
  const head = text.slice(0, 20_000);
  return (
    /\\documentclass|\\begin\{document\}/.test(head) ||
    (head.match(/\\(section|cventry|cvitem|textbf|item|href)\b/g) ?? []).length >= 3
  );
}

/** Markdown rather than plain text: "#" headings, or links and bold in Markdown syntax. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20_000);
  const headings = (head.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const links = (head.match(/\[[^\]\n]+\]\((https?:|mailto:)[^)\s]+\)/g) ?? []).length;
  const bold = (head.match(/\*\*[^*\n]+\*\*/g) ?? []).length;
  return headings >= 2 || (headings >= 1 && links + bold >= 1) || links >= 2;
}

/**
 * The options page's guess before it sends a file: PDF and Word go as bytes, a backup is named as such (the preview
 * warns that it replaces everything), JSON and BibTeX by their content; anything else is left to the background's
 * own detection ('auto'), which is this module's `detectFormat`.
 */
export function guessImportFormat(fileName: string | undefined, text: string | undefined): ImportFormat {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.pdf')) return 'cv-pdf';
  if (name.endsWith('.docx')) return 'cv-docx';
  const trimmed = (text ?? '').trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
    return detectFormat(trimmed, fileName, undefined) === 'bibtex' ? 'bibtex' : 'auto';
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return 'auto';
  }
  return detectFormat(trimmed, fileName, json) ?? 'auto';
}
