/** Import (with preview), exports as downloads, and backup/restore. */
import { useState } from 'preact/hooks';
import type { ExportRequest } from '../../lib/messaging/protocol';
import { sendToBackground } from '../../platform/messaging';
import { useOptionsStore } from '../../stores/options';
import { ImportPanel } from './ImportPanel';
import { downloadText, today } from './download';
import { StatusLine, type StatusMessage } from './fields';

type SimpleExport = Extract<ExportRequest, { format: 'json-resume' | 'backup' | 'bibtex' | 'csl-json' }>['format'];

const EXPORTS: { format: SimpleExport; label: string; file: () => string; mime: string }[] = [
  { format: 'json-resume', label: 'JSON Resume', file: () => 'resume.json', mime: 'application/json' },
  { format: 'bibtex', label: 'BibTeX (publications)', file: () => 'publications.bib', mime: 'application/x-bibtex' },
  {
    format: 'csl-json',
    label: 'CSL-JSON (publications)',
    file: () => 'publications.csl.json',
    mime: 'application/json',
  },
  { format: 'backup', label: 'Full backup', file: () => `vitae-backup-${today()}.json`, mime: 'application/json' },
];

export function ImportExportPanel() {
  const [message, setMessage] = useState<StatusMessage | undefined>();

  const runExport = async (entry: (typeof EXPORTS)[number]) => {
    await useOptionsStore.getState().flushSave();
    const res = await sendToBackground({ type: 'profile.export', format: entry.format });
    if (!res.ok) {
      setMessage({ ok: false, text: `${entry.label} export failed: ${res.error}` });
      return;
    }
    downloadText(entry.file(), res.data, entry.mime);
    setMessage({ ok: true, text: `Downloaded ${entry.file()}.` });
  };

  return (
    <>
      <section aria-labelledby="import-title">
        <h3 id="import-title">Import</h3>
        <p class="muted">
          Imports merge into the profile you are editing; nothing is overwritten without showing you first. A Vitae
          backup restores everything instead.
        </p>
        <ImportPanel />
      </section>
      <section aria-labelledby="export-title">
        <h3 id="export-title">Export and back up</h3>
        <p class="muted">
          Files are made on this machine and saved by your browser. A backup holds every profile, document, learned rule
          and setting; restore it above.
        </p>
        <div class="button-row">
          {EXPORTS.map((entry) => (
            <button key={entry.format} type="button" onClick={() => void runExport(entry)}>
              Download {entry.label}
            </button>
          ))}
        </div>
        <StatusLine message={message} />
      </section>
    </>
  );
}
