import type { ImportFormat } from '../../lib/import/formats';

/**
 * A confident guess of the import format from a file name and its text, so a dropped backup or JSON Resume goes
 * straight to its importer; anything unclear is left to the background's own detection ('auto').
 */
export function guessImportFormat(fileName: string | undefined, text: string | undefined): ImportFormat {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.pdf')) return 'cv-pdf';
  if (name.endsWith('.bib') || name.endsWith('.bibtex')) return 'bibtex';
  const trimmed = (text ?? '').trimStart();
  if (trimmed.startsWith('@') && /@\w+\s*\{/.test(trimmed)) return 'bibtex';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const json = JSON.parse(trimmed) as unknown;
      if (Array.isArray(json)) {
        return json.every((row) => row && typeof row === 'object' && 'type' in row && 'title' in row)
          ? 'csl-json'
          : 'auto';
      }
      if (json && typeof json === 'object') {
        if ((json as { format?: unknown }).format === 'vitae-backup') return 'backup';
        if ('basics' in json || 'work' in json || 'education' in json) return 'json-resume';
        if ('orcid-identifier' in json || 'activities-summary' in json) return 'orcid-json';
      }
    } catch {
      return 'auto';
    }
  }
  return 'auto';
}

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  auto: 'Detect automatically',
  'json-resume': 'JSON Resume',
  backup: 'Vitae backup (replaces all data)',
  'cv-text': 'CV as plain text',
  'cv-pdf': 'CV as PDF',
  'cv-markdown': 'CV as Markdown',
  'cv-latex': 'CV as LaTeX (.tex)',
  'cv-docx': 'CV as Word (.docx)',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
  'orcid-json': 'ORCID record (JSON)',
  'dblp-xml': 'DBLP (XML)',
  'orcid-id': 'ORCID iD (fetch the record)',
  'dblp-pid': 'DBLP pid (fetch the record)',
};
