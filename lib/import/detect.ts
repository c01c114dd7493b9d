/** `format: 'auto'`: the format of a file from its content, with its name as a hint. */
import type { ImportFormat } from '../messaging/protocol';
import { looksLikeBackup } from '../backup/backup';
import { looksLikeCslJson } from './csl-json';
import { looksLikeDblpXml } from './dblp-xml';
import { looksLikeJsonResume } from './json-resume';
import { looksLikeOrcid } from './orcid';

export type TextFormat = Exclude<ImportFormat, 'auto' | 'cv-pdf'>;

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
  return 'cv-text';
}
