/**
 * Paste text, drop a file, or fetch a public ORCID / dblp record → preview of what the import adds, changes and
 * keeps per section (untick sections to leave them out) → import. The same messages as any automation:
 * `profile.import` with `dryRun`, then `exclude`. A fetched record is fetched once, in this page (the permission
 * prompt needs the click), and the previewed text is what the confirmation imports.
 */
import { useId, useState } from 'preact/hooks';
import { bytesToBase64 } from '../../lib/encoding/base64';
import {
  REMOTE_HOSTS,
  fetchFailureMessage,
  parseDblpInput,
  parseOrcidInput,
  type RemoteService,
} from '../../lib/import/remote';
import type { ImportRequest } from '../../lib/messaging/protocol';
import { IMPORT_FORMATS, REMOTE_IMPORT_FORMATS, type ImportFormat, type ImportSummary } from '../../lib/import/formats';
import { sendToBackground } from '../../platform/messaging';
import { fetchRemoteRecord, requestRemoteAccess } from '../../platform/remote-import';
import { useOptionsStore } from '../../stores/options';
import { humanise } from './fields';
import { IMPORT_FORMAT_LABELS, guessImportFormat } from './importFormat';

/** Readable names for summary keys that are not plain words. */
const SECTION_NAMES: Record<string, string> = {
  name: 'Name',
  links: 'Links and scholar ids',
  siteRules: 'Learned site rules',
  bios: 'Bios',
};
const sectionName = (key: string) => SECTION_NAMES[key] ?? humanise(key);

interface Source {
  fileName?: string;
  text?: string;
  base64?: string;
}

interface Preview {
  request: ImportRequest;
  summary: ImportSummary;
  warnings: string[];
  /** The host a fetched record came from. */
  fetchedFrom?: string;
}

async function readFile(file: File): Promise<Source> {
  const isBinary = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
  if (isBinary) return { fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  return { fileName: file.name, text: await file.text() };
}

/** Reload everything an import can change. */
export async function reloadAfterImport(): Promise<void> {
  const store = useOptionsStore.getState();
  await Promise.all([store.loadProfile(), store.refreshProfiles(), store.loadSettings(), store.loadRules()]);
}

/** Formats of pasted text or files; an iD or pid is fetched with the buttons below instead. */
const FILE_FORMATS = IMPORT_FORMATS.filter((f) => !(REMOTE_IMPORT_FORMATS as readonly string[]).includes(f));

const REMOTE_SOURCES: { service: RemoteService; label: string; placeholder: string; button: string }[] = [
  {
    service: 'orcid',
    label: 'ORCID iD or orcid.org address',
    placeholder: '0000-0002-1825-0097',
    button: 'Import from ORCID',
  },
  {
    service: 'dblp',
    label: 'dblp pid or person page address',
    placeholder: 'https://dblp.org/pid/77/1234-2.html',
    button: 'Import from DBLP',
  },
];

export function ImportPanel(props: { onImported?: () => void }) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<Source | undefined>();
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [preview, setPreview] = useState<Preview | undefined>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [dragOver, setDragOver] = useState(false);
  const [remoteIds, setRemoteIds] = useState<Record<RemoteService, string>>({ orcid: '', dblp: '' });

  const chooseFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(await readFile(chosen));
    setPreview(undefined);
    setDone(undefined);
    setError(undefined);
  };

  const buildRequest = (): ImportRequest | undefined => {
    const source: Source = file ?? (pasted.trim() ? { text: pasted } : {});
    if (source.text === undefined && source.base64 === undefined) return undefined;
    const chosen = format === 'auto' ? guessImportFormat(source.fileName, source.text) : format;
    return {
      type: 'profile.import',
      format: chosen,
      ...(source.text !== undefined ? { data: source.text } : {}),
      ...(source.base64 !== undefined ? { base64: source.base64 } : {}),
      ...(source.fileName ? { fileName: source.fileName } : {}),
    };
  };

  const previewRequest = async (request: ImportRequest, notes: string[] = [], fetchedFrom?: string) => {
    await useOptionsStore.getState().flushSave();
    const res = await sendToBackground({ ...request, dryRun: true });
    setBusy(false);
    if (!res.ok) {
      setPreview(undefined);
      setError(res.error);
      return;
    }
    setExcluded(new Set());
    setPreview({
      request,
      summary: res.summary,
      warnings: [...notes, ...res.warnings],
      ...(fetchedFrom ? { fetchedFrom } : {}),
    });
  };

  const showPreview = async () => {
    const request = buildRequest();
    if (!request) {
      setError('Paste some text or choose a file first.');
      return;
    }
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    await previewRequest(request);
  };

  /** Runs in the click handler: the permission request must come before anything is awaited. */
  const fetchAndPreview = (service: RemoteService) => {
    const parsed = service === 'orcid' ? parseOrcidInput(remoteIds.orcid) : parseDblpInput(remoteIds.dblp);
    setDone(undefined);
    setPreview(undefined);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    const granted = requestRemoteAccess(service);
    setBusy(true);
    setError(undefined);
    void (async () => {
      if (!(await granted)) {
        setBusy(false);
        setError(fetchFailureMessage(parsed.source, { kind: 'permission' }));
        return;
      }
      const fetched = await fetchRemoteRecord(parsed.source);
      if (!fetched.ok) {
        setBusy(false);
        setError(fetched.error);
        return;
      }
      const request: ImportRequest = {
        type: 'profile.import',
        format: fetched.format,
        data: fetched.data,
        fileName: fetched.fileName,
      };
      await previewRequest(request, fetched.notes, REMOTE_HOSTS[service]);
    })();
  };

  const runImport = async () => {
    if (!preview) return;
    setBusy(true);
    const res = await sendToBackground({ ...preview.request, exclude: [...excluded] });
    if (!res.ok) {
      setBusy(false);
      setError(res.error);
      return;
    }
    await reloadAfterImport();
    setBusy(false);
    const added = Object.values(res.summary).reduce((n, s) => n + s.added, 0);
    const changed = Object.values(res.summary).reduce((n, s) => n + s.changed, 0);
    setDone(`Imported: ${added} added, ${changed} changed.`);
    setPreview(undefined);
    setFile(undefined);
    setPasted('');
    setRemoteIds({ orcid: '', dblp: '' });
    props.onImported?.();
  };

  const isBackup = preview?.request.format === 'backup';

  return (
    <div class="import-panel">
      <div
        class={`drop-zone${dragOver ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragOver(false);
          void chooseFile(e.dataTransfer?.files[0]);
        }}
      >
        <label for={`${id}-file`}>
          Drop a CV (PDF), BibTeX, JSON Resume, CSL-JSON or Vitae backup here, or choose a file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".pdf,.bib,.bibtex,.json,.txt,application/pdf,application/json,text/plain"
          onChange={(e) => void chooseFile(e.currentTarget.files?.[0])}
        />
        {file?.fileName && (
          <p>
            Chosen: <strong>{file.fileName}</strong>{' '}
            <button type="button" onClick={() => setFile(undefined)}>
              Clear
            </button>
          </p>
        )}
      </div>
      <div class="field wide">
        <label for={`${id}-paste`}>…or paste your CV, a BibTeX list or JSON</label>
        <textarea
          id={`${id}-paste`}
          rows={6}
          value={pasted}
          disabled={!!file}
          onInput={(e) => {
            setPasted(e.currentTarget.value);
            setPreview(undefined);
          }}
        />
      </div>
      <div class="field">
        <label for={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.currentTarget.value as ImportFormat)}>
          {FILE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {IMPORT_FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <p>
        <button type="button" class="primary" disabled={busy} onClick={() => void showPreview()}>
          Preview import
        </button>
      </p>
      <fieldset class="remote-import">
        <legend>…or fetch your public record</legend>
        <p class="muted">
          Vitae asks your browser for permission to contact pub.orcid.org or dblp.org, fetches the public record once,
          and shows what it would import before saving anything.
        </p>
        {REMOTE_SOURCES.map((source) => (
          <div class="field remote-source" key={source.service}>
            <label for={`${id}-${source.service}`}>{source.label}</label>
            <input
              id={`${id}-${source.service}`}
              type="text"
              spellcheck={false}
              autoComplete="off"
              placeholder={source.placeholder}
              value={remoteIds[source.service]}
              onInput={(e) => setRemoteIds({ ...remoteIds, [source.service]: e.currentTarget.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !busy) fetchAndPreview(source.service);
              }}
            />
            <button type="button" disabled={busy} onClick={() => fetchAndPreview(source.service)}>
              {source.button}
            </button>
          </div>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p class="ok" role="status">
          {done}
        </p>
      )}
      {preview && (
        <section class="import-preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>
            What this import would do{preview.fetchedFrom ? ` (record fetched from ${preview.fetchedFrom})` : ''}
          </h4>
          {isBackup && (
            <p class="warning">
              Restoring a backup replaces all profiles, documents, rules and settings with the backup's.
            </p>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">Import</th>
                <th scope="col">Section</th>
                <th scope="col">Added</th>
                <th scope="col">Changed</th>
                <th scope="col">Kept</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.summary).map(([section, counts]) => (
                <tr key={section}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Import ${sectionName(section)}`}
                      checked={!excluded.has(section)}
                      disabled={isBackup}
                      onChange={(e) => {
                        const next = new Set(excluded);
                        if (e.currentTarget.checked) next.delete(section);
                        else next.add(section);
                        setExcluded(next);
                      }}
                    />
                  </td>
                  <th scope="row" class="summary-section">
                    {sectionName(section)}
                    {counts.items && counts.items.length > 0 && (
                      <details>
                        <summary>
                          {counts.items.length === 1 ? 'Show the item' : `Show ${counts.items.length} items`}
                        </summary>
                        <ul>
                          {counts.items.slice(0, 50).map((item, i) => (
                            <li key={i}>{item}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </th>
                  <td>{counts.added}</td>
                  <td>{counts.changed}</td>
                  <td>{counts.kept}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.warnings.length > 0 && (
            <ul class="warnings">
              {preview.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          <p>
            <button type="button" class="primary" disabled={busy} onClick={() => void runImport()}>
              {isBackup ? 'Restore backup' : 'Import'}
            </button>{' '}
            <button type="button" onClick={() => setPreview(undefined)}>
              Cancel
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
