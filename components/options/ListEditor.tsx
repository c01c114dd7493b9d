/**
 * A reorderable list of profile rows: add, move (drag the handle, or Alt+↑/↓ anywhere in a row, or the buttons),
 * remove with undo. Each section editor supplies how one row is edited.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useOptionsStore, type ListItem, type ListSection, NO_ROWS } from '../../stores/options';
import { RowButtons, altArrowMove } from './RowControls';

interface ListEditorProps<K extends ListSection> {
  section: K;
  /** The heading of the list ("Emails"); rows are named with `itemLabel`. */
  title: string;
  /** What one row is called in buttons ("email", "position"). */
  noun: string;
  itemLabel: (item: ListItem<K>, index: number) => string;
  newItem: () => ListItem<K>;
  renderItem: (item: ListItem<K>, index: number) => ComponentChildren;
  intro?: ComponentChildren;
}

/** Rows with an id keep their DOM (and any half-typed field) when the list is reordered. */
function rowKey(item: unknown, index: number): string | number {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : index;
}

export function focusRowHandle(listId: string, index: number): void {
  setTimeout(() => document.getElementById(`${listId}-row-${index}`)?.focus(), 0);
}

export function ListEditor<K extends ListSection>(props: ListEditorProps<K>) {
  const listId = useId();
  const items = useOptionsStore((s) =>
    s.profile ? (s.profile[props.section] as ListItem<K>[]) : (NO_ROWS as ListItem<K>[]),
  );
  const { addItem, moveItem, removeItem } = useOptionsStore.getState();
  const [dragFrom, setDragFrom] = useState<number | undefined>();

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    moveItem(props.section, from, to);
    focusRowHandle(listId, to);
  };

  return (
    <section class="list-editor" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`}>{props.title}</h3>
      {props.intro}
      {items.length === 0 && <p class="muted">None yet.</p>}
      <ol class="rows">
        {items.map((item, index) => {
          const label = props.itemLabel(item, index) || `${props.noun} ${index + 1}`;
          return (
            <li
              key={rowKey(item, index)}
              id={`${listId}-row-${index}`}
              tabIndex={-1}
              class={`row-card${dragFrom === index ? ' dragging' : ''}`}
              aria-label={label}
              onKeyDown={altArrowMove(index, move)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== undefined) moveItem(props.section, dragFrom, index);
                setDragFrom(undefined);
              }}
            >
              <div class="row-tools">
                <span
                  class="drag-handle"
                  draggable
                  title="Drag to reorder"
                  aria-hidden="true"
                  onDragStart={(e) => {
                    setDragFrom(index);
                    e.dataTransfer?.setData('text/plain', String(index));
                  }}
                  onDragEnd={() => setDragFrom(undefined)}
                >
                  ⠿
                </span>
                <strong class="row-title">{label}</strong>
                <RowButtons
                  label={label}
                  index={index}
                  count={items.length}
                  move={move}
                  remove={() => removeItem(props.section, index, label)}
                />
              </div>
              <div class="row-fields">{props.renderItem(item, index)}</div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => addItem(props.section, props.newItem())}>
        Add {props.noun}
      </button>
    </section>
  );
}
