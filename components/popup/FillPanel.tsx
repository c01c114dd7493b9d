import { usePopupStore } from '../../stores/popup';

/** "Fill this page", its result (filled N of M, what was skipped and why) and Undo. */
export function FillPanel() {
  const fill = usePopupStore((s) => s.fill);
  const fillPage = usePopupStore((s) => s.fillPage);
  const undoFill = usePopupStore((s) => s.undoFill);
  const result = fill.result;
  return (
    <section aria-label="Fill">
      <div class="row">
        <button type="button" class="primary" onClick={() => void fillPage()} disabled={fill.status === 'busy'}>
          {fill.status === 'busy' ? 'Filling…' : 'Fill this page'}
        </button>
        {result?.ok && result.filled.length > 0 && (
          <button type="button" onClick={() => void undoFill()}>
            Undo
          </button>
        )}
      </div>
      <p class="muted small">Shortcut: Alt+Shift+F fills without opening this popup.</p>
      {result && !result.ok && (
        <p role="status" class="error">
          {result.error}
        </p>
      )}
      {result?.ok && (
        <div role="status">
          <p class="ok">
            Filled {result.filled.length} of {result.total ?? result.filled.length + result.skipped.length} fields
          </p>
          {result.skipped.length > 0 && (
            <details>
              <summary>Skipped {result.skipped.length}</summary>
              <ul class="skipped">
                {result.skipped.map((s, i) => (
                  <li key={i}>
                    <code>{s.selector}</code>: {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
