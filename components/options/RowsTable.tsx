import type { ComponentChildren } from 'preact';
import { ColumnHeads } from './fields';

/**
 * A table of stored things, one per row with its buttons in the last column: the documents of the profile, the
 * learned rules of a site. `columns` names the data columns; the actions column is named for screen readers only.
 */
export function RowsTable(props: { class: string; columns: readonly string[]; children: ComponentChildren }) {
  return (
    <table class={props.class}>
      <ColumnHeads columns={[...props.columns, { hidden: 'Actions' }]} />
      <tbody>{props.children}</tbody>
    </table>
  );
}
