/**
 * The controls every reorderable row of the options page shares (profile rows in ListEditor, a publication's
 * authors in AuthorListEditor): Alt+↑/↓ anywhere in the row, and Move up, Move down and Remove buttons that name
 * the row and announce their shortcuts.
 */

/** The row's keydown handler: Alt+ArrowUp/ArrowDown moves it. */
export function altArrowMove(index: number, move: (from: number, to: number) => void) {
  return (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
  };
}

/**
 * A row's destructive button (remove a profile row or a link, a stored document, a learned rule). `label` is its
 * accessible name and names the one thing it removes; `children` is its visible word ("Remove", "Delete").
 */
export function RemoveButton({
  label,
  onClick,
  children = 'Remove',
}: {
  label: string;
  onClick: () => void;
  children?: string;
}) {
  return (
    <button type="button" class="danger" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}

interface RowButtonsProps {
  /** The row's name in the buttons' labels ("Move Ines Marlowe up"). */
  label: string;
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: () => void;
}

export function RowButtons({ label, index, count, move, remove }: RowButtonsProps) {
  return (
    <>
      <button
        type="button"
        aria-keyshortcuts="Alt+ArrowUp"
        aria-label={`Move ${label} up`}
        title="Move up (Alt+↑)"
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-keyshortcuts="Alt+ArrowDown"
        aria-label={`Move ${label} down`}
        title="Move down (Alt+↓)"
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
      >
        ↓
      </button>
      <RemoveButton label={`Remove ${label}`} onClick={remove} />
    </>
  );
}
