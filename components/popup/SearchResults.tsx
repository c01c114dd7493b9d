import { useMemo } from 'preact/hooks';
import { listSnippets, searchSnippets, type Snippet } from '../../lib/format/snippets';
import { usePopupStore } from '../../stores/popup';

export function useSearchResults(): Snippet[] {
  const profile = usePopupStore((s) => s.profile);
  const query = usePopupStore((s) => s.query);
  const snippets = useMemo(() => (profile ? listSnippets(profile) : []), [profile]);
  return useMemo(() => searchSnippets(snippets, query), [snippets, query]);
}

/** Search hits as a listbox driven from the search field (arrows move, Enter copies). */
export function SearchResults(props: { results: Snippet[]; active: number; onPick: (s: Snippet) => void }) {
  const profile = usePopupStore((s) => s.profile);
  if (!profile) return <p class="muted">Loading…</p>;
  if (props.results.length === 0) return <p class="muted">Nothing matches.</p>;
  return (
    <ul id="search-results" role="listbox" aria-label="Matches" class="results">
      {props.results.map((s, i) => (
        <li
          key={s.id}
          id={`hit-${i}`}
          role="option"
          aria-selected={i === props.active}
          class={i === props.active ? 'active' : ''}
          onClick={() => props.onPick(s)}
        >
          <span class="muted small">
            {s.group} · {s.label}
          </span>
          <span class="clamp">{s.text}</span>
        </li>
      ))}
    </ul>
  );
}
