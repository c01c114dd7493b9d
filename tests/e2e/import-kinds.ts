/**
 * One `profile.import` request of each kind Vitae parses (issue #16): the cold-start test sends each after the
 * worker stopped, the Firefox import test sends each in Firefox and Chromium and compares the answers.
 */
import { bytesToBase64 } from '../../lib/encoding/base64';
import { cvFileBytes } from '../fixtures/import/cvs/load';
import { twoLineCvPdfImport } from '../unit/import/make-pdf';

export type ImportReply =
  { ok: true; summary: Record<string, unknown>; warnings: string[] } | { ok: false; error: string };

const fileImport = (fileName: string, bytes: Uint8Array) => ({
  type: 'profile.import',
  format: 'auto',
  fileName,
  base64: bytesToBase64(bytes),
  dryRun: true,
});

/** One import of each kind, each through a parser of its own (a preview: `dryRun`, nothing saved). */
export const IMPORT_KINDS: [string, Record<string, unknown>][] = [
  ['Markdown', fileImport('markdown-github.md', cvFileBytes('markdown-github.md'))],
  ['LaTeX', fileImport('latex-moderncv-classic.tex', cvFileBytes('latex-moderncv-classic.tex'))],
  ['Word', fileImport('word-headings.docx', cvFileBytes('word-headings.docx'))],
  ['plain-text CV', fileImport('keyvalue-plain.txt', cvFileBytes('keyvalue-plain.txt'))],
  ['PDF', { ...twoLineCvPdfImport().request, dryRun: true }],
  [
    'BibTeX',
    {
      type: 'profile.import',
      format: 'bibtex',
      data: '@article{k, title={On Tides}, author={Quill, Ada}, journal={J. Sea}, year={2019}}',
      dryRun: true,
    },
  ],
  [
    'JSON Resume',
    {
      type: 'profile.import',
      format: 'json-resume',
      data: JSON.stringify({ basics: { name: 'Ada Quill' }, education: [{ institution: 'Harbourside U' }] }),
      dryRun: true,
    },
  ],
];
