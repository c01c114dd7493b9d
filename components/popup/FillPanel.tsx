import { summarizeFill } from '../../lib/format/fill-report';
import { usePopupStore } from '../../stores/popup';
import { FILL_HINT, FILL_LABEL, FILLING_LABEL } from './sections';

function Listed(props: { title: string; items: string[]; open?: boolean; class?: string }) {
  if (props.items.length === 0) return null;
  return (
    <details open={props.open}>
      <summary>
        {props.title}: {props.items.length}
      </summary>
      <ul class={props.class ?? 'skipped'}>
        {props.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * "Fill this page", its result in the person's words (issue #15): filled N of the fields Vitae could fill, each
 * field it could not by its label and why, the fields left alone on purpose counted apart; and Undo.
 */
export function FillPanel() {
  const fill = usePopupStore((s) => s.fill);
  const fillPage = usePopupStore((s) => s.fillPage);
  const undoFill = usePopupStore((s) => s.undoFill);
  const result = fill.result;
  const summary = result?.ok && !result.cancelled ? summarizeFill(result) : undefined;
  return (
    <section aria-label="Fill">
      <div class="row">
        <button type="button" class="primary" onClick={() => void fillPage()} disabled={fill.status === 'busy'}>
          {fill.status === 'busy' ? FILLING_LABEL : FILL_LABEL}
        </button>
        {result?.ok && result.filled.length > 0 && (
          <button type="button" onClick={() => void undoFill()}>
            Undo
          </button>
        )}
      </div>
      <p class="muted small">{FILL_HINT}</p>
      {result && !result.ok && (
        <p role="status" class="error">
          {result.error}
        </p>
      )}
      {result?.ok && result.cancelled && (
        <p role="status" class="muted">
          Cancelled in the page: nothing was filled.
        </p>
      )}
      {summary && (
        <div role="status" class="fill-report">
          <p class="ok">{summary.headline}</p>
          <Listed title="Not filled" items={summary.notFilled} open />
          <Listed title="Already filled in, left as it was" items={summary.prefilled} />
          <Listed title="Left alone on purpose" items={summary.leftAlone} />
          <Listed title="Not recognised" items={summary.unrecognised} />
          <Listed title="Other" items={summary.other} />
        </div>
      )}
    </section>
  );
}
