/**
 * Where an import comes from: a dropped or chosen file, pasted text, or a public ORCID / dblp record fetched once in
 * this page (the permission prompt needs the click). Hands a `profile.import` request to the panel for its preview.
 */
import { useId, useState } from 'preact/hooks';
import { bytesToBase64 } from '../../lib/encoding/base64';
import { guessImportFormat } from '../../lib/import/detect';
import {
  REMOTE_HOSTS,
  fetchFailureMessage,
  parseDblpInput,
  parseOrcidInput,
  type RemoteService,
} from '../../lib/import/remote';
import { IMPORT_FORMATS, REMOTE_IMPORT_FORMATS, type ImportFormat } from '../../lib/import/formats';
import type { ImportRequest } from '../../lib/messaging/protocol';
import { dblpUrl } from '../../lib/values/scholar-ids';
import { sendToBackground } from '../../platform/messaging';
import { fetchRemoteRecord, requestRemoteAccess } from '../../platform/remote-import';

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

interface Source {
  fileName?: string;
  text?: string;
  base64?: string;
}

/** Files that are not text (PDF, Word) travel as bytes; the rest as text, so the format can be guessed here. */
const BINARY = /\.(pdf|docx|doc|zip|odt)$/i;

async function readFile(file: File): Promise<Source> {
  if (file.type === 'application/pdf' || BINARY.test(file.name))
    return { fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  return { fileName: file.name, text: await file.text() };
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
    placeholder: dblpUrl('77/1234-2'),
    button: 'Import from DBLP',
  },
];

export interface PreviewSource {
  request: ImportRequest;
  notes?: string[];
  /** The host a fetched record came from. */
  fetchedFrom?: string;
}

/** How the panel gets the request to preview: at once for a file or text, after a fetch for a remote record. */
export type LoadSource = () => Promise<{ ok: true; source: PreviewSource } | { ok: false; error: string }>;

export function ImportSource(props: {
  busy: boolean;
  /** Bumped by the panel after an import, to clear what was imported. */
  generation: number;
  onPreview: (load: LoadSource) => Promise<void>;
  onError: (error: string | undefined) => void;
  /** Called when the source changes, so a stale preview is dropped. */
  onChange: () => void;
}) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<Source | undefined>();
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [dragOver, setDragOver] = useState(false);
  const [remoteIds, setRemoteIds] = useState<Record<RemoteService, string>>({ orcid: '', dblp: '' });
  const [generation, setGeneration] = useState(props.generation);
  if (generation !== props.generation) {
    setGeneration(props.generation);
    setFile(undefined);
    setPasted('');
    setRemoteIds({ orcid: '', dblp: '' });
  }

  const chooseFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    // Load this file's parser while the person reaches for "Preview import" (issue #16).
    void sendToBackground({ type: 'import.prepare', fileName: chosen.name }).catch(() => undefined);
    setFile(await readFile(chosen));
    props.onChange();
    props.onError(undefined);
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

  const showPreview = () => {
    const request = buildRequest();
    if (!request) {
      props.onError('Paste some text or choose a file first.');
      return;
    }
    void props.onPreview(() => Promise.resolve({ ok: true, source: { request } }));
  };

  /** Runs in the click handler: the permission request must come before anything is awaited. */
  const fetchAndPreview = (service: RemoteService) => {
    const parsed = service === 'orcid' ? parseOrcidInput(remoteIds.orcid) : parseDblpInput(remoteIds.dblp);
    props.onChange();
    if (!parsed.ok) {
      props.onError(parsed.error);
      return;
    }
    const granted = requestRemoteAccess(service);
    void props.onPreview(async () => {
      if (!(await granted)) return { ok: false, error: fetchFailureMessage(parsed.source, { kind: 'permission' }) };
      const fetched = await fetchRemoteRecord(parsed.source);
      if (!fetched.ok) return fetched;
      return {
        ok: true,
        source: {
          request: { type: 'profile.import', format: fetched.format, data: fetched.data, fileName: fetched.fileName },
          notes: fetched.notes,
          fetchedFrom: REMOTE_HOSTS[service],
        },
      };
    });
  };

  return (
    <>
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
          Drop a CV (PDF, Word, Markdown, LaTeX or text), BibTeX, JSON Resume, CSL-JSON or Vitae backup here, or choose
          a file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".pdf,.docx,.md,.markdown,.tex,.bib,.bibtex,.json,.txt,.xml,application/pdf,application/json,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
            props.onChange();
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
        <button type="button" class="primary" disabled={props.busy} onClick={showPreview}>
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
                if (e.key === 'Enter' && !props.busy) fetchAndPreview(source.service);
              }}
            />
            <button type="button" disabled={props.busy} onClick={() => fetchAndPreview(source.service)}>
              {source.button}
            </button>
          </div>
        ))}
      </fieldset>
    </>
  );
}
