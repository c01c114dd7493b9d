/** The ordered author list of one publication, with self / equal contribution / corresponding flags. */
import { useId } from 'preact/hooks';
import type { Author } from '../../lib/profile/schema';
import { requireText } from '../../lib/profile/validate';
import { CheckboxField, TextField } from './fields';
import { RowButtons, altArrowMove } from './RowControls';

interface AuthorListEditorProps {
  authors: Author[];
  onChange: (authors: Author[]) => void;
  onRemove: (author: Author, index: number) => void;
}

export function AuthorListEditor({ authors, onChange, onRemove }: AuthorListEditorProps) {
  const listId = useId();
  const update = (index: number, patch: Partial<Author>) =>
    onChange(authors.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= authors.length) return;
    const next = [...authors];
    const [row] = next.splice(from, 1);
    if (!row) return;
    next.splice(to, 0, row);
    onChange(next);
    setTimeout(() => document.getElementById(`${listId}-author-${to}`)?.focus(), 0);
  };
  return (
    <fieldset class="author-list">
      <legend>Authors, in order</legend>
      <ol class="rows">
        {authors.map((author, index) => {
          const label = author.name || `Author ${index + 1}`;
          return (
            <li
              key={index}
              id={`${listId}-author-${index}`}
              tabIndex={-1}
              class="author-row"
              aria-label={label}
              onKeyDown={altArrowMove(index, move)}
            >
              <TextField
                label={`Author ${index + 1}`}
                value={author.name}
                warning={requireText(author.name, 'The name')}
                onCommit={(name) => update(index, { name: name ?? '' })}
              />
              <CheckboxField label="This is me" checked={author.self} onChange={(self) => update(index, { self })} />
              <CheckboxField
                label="Equal contribution"
                checked={author.equalContribution}
                onChange={(equalContribution) => update(index, { equalContribution })}
              />
              <CheckboxField
                label="Corresponding"
                checked={author.corresponding}
                onChange={(corresponding) => update(index, { corresponding })}
              />
              <span class="row-buttons">
                <RowButtons
                  label={label}
                  index={index}
                  count={authors.length}
                  move={move}
                  remove={() => onRemove(author, index)}
                />
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([...authors, { name: '', self: false, equalContribution: false, corresponding: false }])
        }
      >
        Add author
      </button>
    </fieldset>
  );
}
