/**
 * PDFs kept with the profile (CV, statements, transcript): the in-page filler attaches them to matching file inputs.
 * Stored as Blobs by the background; this page only sends and asks for bytes.
 */
import { useId, useState } from 'preact/hooks';
import { base64ToBytes, bytesToBase64 } from '../../lib/encoding/base64';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentMeta } from '../../lib/profile/schema';
import { sendToBackground } from '../../platform/messaging';
import { useOptionsStore } from '../../stores/options';
import { StatusLine, humanise, type StatusMessage } from './fields';
import { formatBytes, formatDate } from './format';
import { RemoveButton } from './RowControls';
import { RowsTable } from './RowsTable';

const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

async function openPreview(doc: DocumentMeta): Promise<string | undefined> {
  const res = await sendToBackground({ type: 'document.get', documentId: doc.id });
  if (!res.ok) return res.error;
  const url = URL.createObjectURL(new Blob([base64ToBytes(res.base64)], { type: doc.mimeType }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return undefined;
}

export function DocumentsPanel() {
  const id = useId();
  const documents = useOptionsStore((s) => s.documents);
  const profileId = useOptionsStore((s) => s.profile?.id);
  const { refreshDocuments, showToast } = useOptionsStore.getState();
  const [kind, setKind] = useState<DocumentKind>('cv');
  const [message, setMessage] = useState<StatusMessage | undefined>();

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_DOCUMENT_BYTES) {
      setMessage({ ok: false, text: `${file.name} is larger than 20 MB.` });
      return;
    }
    const res = await sendToBackground({
      type: 'document.add',
      ...(profileId ? { profileId } : {}),
      kind,
      fileName: file.name,
      mimeType: file.type || 'application/pdf',
      base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    });
    if (!res.ok) {
      setMessage({ ok: false, text: res.error });
      return;
    }
    setMessage({ ok: true, text: `Added ${file.name}.` });
    await refreshDocuments();
  };

  const remove = async (doc: DocumentMeta) => {
    const copy = await sendToBackground({ type: 'document.get', documentId: doc.id });
    const res = await sendToBackground({ type: 'document.remove', documentId: doc.id });
    if (!res.ok) {
      setMessage({ ok: false, text: res.error });
      return;
    }
    await refreshDocuments();
    showToast(
      `Removed ${doc.fileName}.`,
      copy.ok
        ? () => {
            void sendToBackground({
              type: 'document.add',
              profileId: doc.profileId,
              kind: doc.kind,
              fileName: doc.fileName,
              mimeType: doc.mimeType,
              base64: copy.base64,
            }).then(() => refreshDocuments());
          }
        : undefined,
    );
  };

  return (
    <>
      <section aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>Add a document</h3>
        <div class="field-grid">
          <div class="field">
            <label for={`${id}-kind`}>Kind of document</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {humanise(k)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${id}-file`}>PDF file</label>
            <input
              id={`${id}-file`}
              type="file"
              accept="application/pdf,.pdf"
              onChange={(e) => {
                const input = e.currentTarget;
                void upload(input.files?.[0]).then(() => {
                  input.value = '';
                });
              }}
            />
          </div>
        </div>
        <StatusLine message={message} />
      </section>
      <section aria-labelledby={`${id}-list`}>
        <h3 id={`${id}-list`}>Stored documents</h3>
        {documents.length === 0 ? (
          <p class="muted">No documents yet.</p>
        ) : (
          <RowsTable class="documents" columns={['Kind', 'File', 'Size', 'Added']}>
            {documents.map((doc) => (
              <tr key={doc.id} data-document-id={doc.id}>
                <td>{humanise(doc.kind)}</td>
                <th scope="row">{doc.fileName}</th>
                <td>{formatBytes(doc.size)}</td>
                <td>{formatDate(doc.addedAt)}</td>
                <td class="button-row">
                  <button
                    type="button"
                    aria-label={`Preview ${doc.fileName}`}
                    onClick={() =>
                      void openPreview(doc).then((error) => error && setMessage({ ok: false, text: error }))
                    }
                  >
                    Preview
                  </button>
                  <RemoveButton label={`Remove ${doc.fileName}`} onClick={() => void remove(doc)} />
                </td>
              </tr>
            ))}
          </RowsTable>
        )}
      </section>
    </>
  );
}
