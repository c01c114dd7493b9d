import type { ComponentChildren } from 'preact';

/**
 * A table of stored things, one per row with its buttons in the last column: the documents of the profile, the
 * learned rules of a site. `columns` names the data columns; the actions column is named for screen readers only.
 */
export function RowsTable(props: { class: string; columns: readonly string[]; children: ComponentChildren }) {
  return (
    <table class={props.class}>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
