import {
  PUBLICATION_STYLE_LABELS,
  PUBLICATION_STYLES,
  PUBLICATION_TYPE_LABELS,
} from '../../lib/format/publications-select';
import type { PublicationType } from '../../lib/profile/schema';
import type { PublicationFilters, PublicationStyle } from '../../lib/format/publication-style';
import { usePopupStore } from '../../stores/popup';
import { CopyButton } from './CopyButton';

function numberOrUndefined(value: string): number | undefined {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** The publication list in the chosen format, with filters; the text comes from the background's CSL engine. */
export function PublicationsPanel() {
  const style = usePopupStore((s) => s.publicationStyle);
  const filters = usePopupStore((s) => s.publicationFilters);
  const list = usePopupStore((s) => s.publications);
  const setStyle = usePopupStore((s) => s.setPublicationStyle);
  const setFilters = usePopupStore((s) => s.setPublicationFilters);
  const update = (patch: Partial<PublicationFilters>) => {
    const next: PublicationFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof PublicationFilters)[]) if (next[key] === undefined) delete next[key];
    void setFilters(next);
  };
  const types = new Set(filters.types ?? []);
  const label = PUBLICATION_STYLE_LABELS[style];
  const count = !list.text
    ? 0
    : style === 'bibtex'
      ? (list.text.match(/^@/gm) ?? []).length
      : style === 'html'
        ? (list.text.match(/<li>/g) ?? []).length
        : list.text.split('\n').length;
  return (
    <section aria-label="Publications">
      <div class="row">
        <label>
          Format{' '}
          <select
            value={style}
            onChange={(e) => void setStyle(e.currentTarget.value as PublicationStyle)}
            aria-label="Publication format"
          >
            {PUBLICATION_STYLES.map((s) => (
              <option key={s} value={s}>
                {PUBLICATION_STYLE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <CopyButton text={list.text} what={`${label} list`} label={`Copy ${label} list`} class="primary" />
      </div>
      <details class="filters">
        <summary>Filters</summary>
        <div class="grid">
          <label>
            From{' '}
            <input
              type="number"
              inputMode="numeric"
              min={1900}
              max={2200}
              value={filters.fromYear ?? ''}
              onChange={(e) => update({ fromYear: numberOrUndefined(e.currentTarget.value) })}
            />
          </label>
          <label>
            To{' '}
            <input
              type="number"
              inputMode="numeric"
              min={1900}
              max={2200}
              value={filters.toYear ?? ''}
              onChange={(e) => update({ toYear: numberOrUndefined(e.currentTarget.value) })}
            />
          </label>
          <label>
            At most{' '}
            <input
              type="number"
              min={1}
              max={1000}
              placeholder="all"
              aria-label="At most this many entries"
              value={filters.limit ?? ''}
              onChange={(e) => update({ limit: numberOrUndefined(e.currentTarget.value) })}
            />{' '}
            entries
          </label>
          <label>
            “et al.” after{' '}
            <input
              type="number"
              min={1}
              max={100}
              placeholder="all"
              value={filters.maxAuthors ?? ''}
              onChange={(e) => update({ maxAuthors: numberOrUndefined(e.currentTarget.value) })}
            />
          </label>
          <label>
            Own name{' '}
            <select
              value={filters.ownName ?? 'default'}
              onChange={(e) => {
                const v = e.currentTarget.value;
                update({ ownName: v === 'bold' || v === 'underline' || v === 'none' ? v : undefined });
              }}
            >
              <option value="default">as the format allows</option>
              <option value="bold">bold</option>
              <option value="underline">underlined</option>
              <option value="none">plain</option>
            </select>
          </label>
        </div>
        <div class="checks">
          <label>
            <input
              type="checkbox"
              checked={!!filters.selectedOnly}
              onChange={(e) => update({ selectedOnly: e.currentTarget.checked || undefined })}
            />{' '}
            Selected only
          </label>
          <label>
            <input
              type="checkbox"
              checked={!!filters.firstAuthorOnly}
              onChange={(e) => update({ firstAuthorOnly: e.currentTarget.checked || undefined })}
            />{' '}
            First author only
          </label>
          <label>
            <input
              type="checkbox"
              checked={!!filters.peerReviewedOnly}
              onChange={(e) => update({ peerReviewedOnly: e.currentTarget.checked || undefined })}
            />{' '}
            Peer-reviewed only
          </label>
          <label>
            <input
              type="checkbox"
              checked={filters.includeInSubmission !== false}
              onChange={(e) => update({ includeInSubmission: e.currentTarget.checked })}
            />{' '}
            Include in submission
          </label>
        </div>
        <fieldset class="types">
          <legend>Types (none ticked: all)</legend>
          {(Object.keys(PUBLICATION_TYPE_LABELS) as PublicationType[]).map((t) => (
            <label key={t}>
              <input
                type="checkbox"
                checked={types.has(t)}
                onChange={(e) => {
                  const next = new Set(types);
                  if (e.currentTarget.checked) next.add(t);
                  else next.delete(t);
                  update({ types: next.size > 0 ? [...next] : undefined });
                }}
              />{' '}
              {PUBLICATION_TYPE_LABELS[t]}
            </label>
          ))}
        </fieldset>
      </details>
      {list.status === 'error' && (
        <p role="alert" class="error">
          {list.error}
        </p>
      )}
      <label class="visually-hidden" for="publication-output">
        {label} list
      </label>
      <textarea
        id="publication-output"
        class="output"
        rows={10}
        readOnly
        value={list.status === 'loading' && !list.text ? 'Formatting…' : list.text}
        aria-busy={list.status === 'loading'}
      />
      {list.status === 'ready' && !list.text && <p class="muted">No publication matches these filters.</p>}
      {list.status === 'ready' && count > 0 && (
        <p class="muted small">
          {count} {count === 1 ? 'entry' : 'entries'}
        </p>
      )}
    </section>
  );
}
