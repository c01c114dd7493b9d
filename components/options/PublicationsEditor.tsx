/**
 * Publications: a filterable, virtualised list (thousands of rows stay smooth) and the editor of the chosen one.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { newId } from '../../lib/profile/create';
import type { Publication } from '../../lib/profile/schema';
import { useOptionsStore, NO_ROWS } from '../../stores/options';
import { PublicationEditor } from './PublicationEditor';
import { VirtualList } from './VirtualList';

export const PUBLICATION_ROW_HEIGHT = 44;

/** Lower-case text a filter matches against: title, venue, authors, year, DOI, arXiv id, label. */
export function publicationSearchText(pub: Publication): string {
  return [
    pub.title,
    pub.venue,
    pub.authors.map((a) => a.name).join(' '),
    pub.year,
    pub.doi,
    pub.arxiv,
    pub.label,
    pub.type,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' ')
    .toLowerCase();
}

/** Indexes of the publications whose text contains every word of the query. */
export function filterPublications(haystacks: readonly string[], query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  haystacks.forEach((text, i) => {
    if (words.every((w) => text.includes(w))) out.push(i);
  });
  return out;
}

export function PublicationsEditor() {
  const id = useId();
  const publications = useOptionsStore((s) => s.profile?.publications ?? NO_ROWS);
  const { addItem, moveItem } = useOptionsStore.getState();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const haystacks = useMemo(() => publications.map(publicationSearchText), [publications]);
  const matches = useMemo(() => filterPublications(haystacks, query), [haystacks, query]);
  const selectedIndex = selectedId ? publications.findIndex((p) => p.id === selectedId) : -1;
  const selected = selectedIndex >= 0 ? publications[selectedIndex] : undefined;

  const addPublication = () => {
    const pub: Publication = {
      id: newId('pub'),
      type: 'conference',
      title: '',
      authors: [],
      status: 'published',
      selected: false,
    };
    addItem('publications', pub, 0);
    setSelectedId(pub.id);
    setQuery('');
  };

  return (
    <div class="publications">
      <div class="publications-toolbar">
        <div class="field">
          <label for={`${id}-filter`}>Filter publications</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            placeholder="Title, author, venue, year…"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <p class="muted" role="status" data-publication-count={matches.length}>
          Showing {matches.length} of {publications.length}
        </p>
        <button type="button" onClick={addPublication}>
          Add publication
        </button>
      </div>
      <VirtualList
        label="Publications"
        count={matches.length}
        rowHeight={PUBLICATION_ROW_HEIGHT}
        height={Math.min(440, Math.max(PUBLICATION_ROW_HEIGHT, matches.length * PUBLICATION_ROW_HEIGHT))}
        renderRow={(row) => {
          const index = matches[row] ?? -1;
          const pub = publications[index];
          if (!pub) return null;
          return (
            <button
              type="button"
              class={`publication-row${pub.id === selectedId ? ' selected' : ''}`}
              aria-pressed={pub.id === selectedId}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onClick={() => setSelectedId(pub.id)}
              id={`${id}-row-${row}`}
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                // Swap with the neighbour in the list as shown (filtered or not), then follow the row.
                const target = e.key === 'ArrowUp' ? row - 1 : row + 1;
                const to = matches[target];
                if (to === undefined) return;
                moveItem('publications', index, to);
                setTimeout(() => document.getElementById(`${id}-row-${target}`)?.focus(), 0);
              }}
            >
              <span class="publication-title">{pub.title || 'Untitled publication'}</span>
              <span class="muted">
                {[
                  pub.authors
                    .map((a) => a.name)
                    .slice(0, 3)
                    .join(', '),
                  pub.venue,
                  pub.year,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          );
        }}
      />
      {selected ? (
        <PublicationEditor
          key={selected.id}
          publication={selected}
          index={selectedIndex}
          total={publications.length}
          onMove={(to) => moveItem('publications', selectedIndex, to)}
        />
      ) : (
        publications.length > 0 && <p class="muted">Choose a publication to edit it.</p>
      )}
    </div>
  );
}
