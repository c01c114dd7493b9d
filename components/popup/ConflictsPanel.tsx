import { CONFLICT_STYLE_LABELS, CONFLICT_STYLES, type ConflictStyle } from '../../lib/format/conflict-styles';
import { useMemo } from 'preact/hooks';
import { collectConflicts } from '../../lib/format/conflicts';
import { usePopupStore } from '../../stores/popup';
import { CopyButton } from './CopyButton';

/** Conflict-of-interest lists (HotCRP, CMT domains, NSF COA CSV) with an adjustable window. */
export function ConflictsPanel() {
  const style = usePopupStore((s) => s.conflictStyle);
  const months = usePopupStore((s) => s.conflictMonths[s.conflictStyle]);
  const list = usePopupStore((s) => s.conflicts);
  const setStyle = usePopupStore((s) => s.setConflictStyle);
  const setMonths = usePopupStore((s) => s.setConflictMonths);
  const profile = usePopupStore((s) => s.profile);
  const label = CONFLICT_STYLE_LABELS[style];
  // What the list could not know (an institution's unknown domain), said beside it, never pasted with it.
  const notes = useMemo(
    () => (profile && style === 'cmt-domains' ? collectConflicts(profile, { months, now: new Date() }).notes : []),
    [profile, style, months],
  );
  return (
    <section aria-label="Conflicts of interest">
      <div class="row">
        <label>
          Format{' '}
          <select
            aria-label="Conflict format"
            value={style}
            onChange={(e) => void setStyle(e.currentTarget.value as ConflictStyle)}
          >
            {CONFLICT_STYLES.map((s) => (
              <option key={s} value={s}>
                {CONFLICT_STYLE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Last{' '}
          <input
            type="number"
            class="narrow"
            min={1}
            max={600}
            value={months}
            onChange={(e) => {
              const n = Number.parseInt(e.currentTarget.value, 10);
              if (Number.isFinite(n) && n > 0) void setMonths(n);
            }}
          />{' '}
          months
        </label>
      </div>
      <p class="muted small">Advisors and advisees are listed whatever the window.</p>
      {list.status === 'error' && (
        <p role="alert" class="error">
          {list.error}
        </p>
      )}
      <label class="visually-hidden" for="conflict-output">
        {label} conflicts
      </label>
      <textarea
        id="conflict-output"
        class="output"
        rows={10}
        readOnly
        value={list.status === 'loading' && !list.text ? 'Listing…' : list.text}
      />
      {notes.length > 0 && (
        <ul class="notes muted small">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <CopyButton text={list.text} what={`${label} conflicts`} label={`Copy ${label} list`} class="primary" />
    </section>
  );
}
