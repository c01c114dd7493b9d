import type { ComponentChildren } from 'preact';

export interface RemovableItem {
  key: string;
  /** What the row shows before its Remove button. */
  text: ComponentChildren;
  /** The button's accessible name: what removing does ("Stop filling … on …"). */
  removeLabel: string;
  onRemove: () => void;
}

/**
 * A list of settings entries, each with its Remove button: allowed frames, profiles per site, sites Vitae keeps
 * filling. `empty` is said when there is none (nothing at all when absent).
 */
export function RemovableList({ items, empty }: { items: readonly RemovableItem[]; empty?: string }) {
  if (items.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.key}>
          {item.text}{' '}
          <button type="button" aria-label={item.removeLabel} onClick={item.onRemove}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
