/**
 * Import: a source (file, text or a fetched record; ImportSource) → a preview of what the import adds, changes and
 * keeps per section, with boxes for required fields the file left out (ImportPreview) → the import and what is
 * still missing (ImportResult). The same messages as any automation: `profile.import` with `dryRun`, then with
 * `exclude` and `fixes`. A fetched record is fetched once, and the previewed text is what the confirmation imports.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ImportSummary } from '../../lib/import/formats';
import { sendToBackground } from '../../platform/messaging';
import { useOptionsStore } from '../../stores/options';
import { ImportPreview, fixesOf, type Preview } from './ImportPreview';
import { ImportResult } from './ImportResult';
import { ImportSource, type LoadSource } from './ImportSource';

/** Reload everything an import can change. */
export async function reloadAfterImport(): Promise<void> {
  const store = useOptionsStore.getState();
  await Promise.all([store.loadProfile(), store.refreshProfiles(), store.loadSettings(), store.loadRules()]);
}

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ImportPanel(props: { onImported?: () => void }) {
  const [preview, setPreview] = useState<Preview | undefined>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [fixes, setFixes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<ImportSummary | undefined>();
  const [generation, setGeneration] = useState(0);
  // Chrome: open the import parser's document now, so the person's import does not wait for it (issue #16).
  useEffect(() => void sendToBackground({ type: 'import.prepare' }).catch(() => undefined), []);

  /** Runs `work` with the buttons disabled; whatever happens, they come back. */
  const whileBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (thrown) {
      setError(`The import failed and changed nothing: ${failure(thrown)}`);
    } finally {
      setBusy(false);
    }
  };

  const showPreview = (load: LoadSource) =>
    whileBusy(async () => {
      setDone(undefined);
      setPreview(undefined);
      const loaded = await load();
      if (!loaded.ok) {
        setError(loaded.error);
        return;
      }
      const { request, notes = [], fetchedFrom } = loaded.source;
      await useOptionsStore.getState().flushSave();
      const res = await sendToBackground({ ...request, dryRun: true });
      if (!res.ok) {
        setError(res.error);
        return;
      }
      setExcluded(new Set());
      setFixes({});
      setPreview({
        request,
        summary: res.summary,
        warnings: [...notes, ...res.warnings],
        missing: res.missing ?? [],
        ...(fetchedFrom ? { fetchedFrom } : {}),
      });
    });

  const runImport = (shown: Preview) =>
    whileBusy(async () => {
      const typed = fixesOf(shown, fixes, excluded);
      const res = await sendToBackground({
        ...shown.request,
        exclude: [...excluded],
        ...(typed.length ? { fixes: typed } : {}),
      });
      if (!res.ok) {
        setError(res.error);
        return;
      }
      await reloadAfterImport();
      setDone(res.summary);
      setPreview(undefined);
      setGeneration((g) => g + 1);
      props.onImported?.();
    });

  return (
    <div class="import-panel">
      <ImportSource
        busy={busy}
        generation={generation}
        onPreview={showPreview}
        onError={setError}
        onChange={() => setPreview(undefined)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {done && <ImportResult summary={done} />}
      {preview && (
        <ImportPreview
          preview={preview}
          busy={busy}
          excluded={excluded}
          onExclude={setExcluded}
          fixes={fixes}
          onFix={setFixes}
          onImport={() => void runImport(preview)}
          onCancel={() => setPreview(undefined)}
        />
      )}
    </div>
  );
}
