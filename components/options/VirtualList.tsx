/**
 * Fixed-row-height windowing: only the rows in view (plus a few above and below) are in the DOM, so a list of
 * thousands scrolls and filters without building thousands of nodes.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Height of the scrolling viewport in pixels. */
  height: number;
  label: string;
  renderRow: (index: number) => ComponentChildren;
  overscan?: number;
}

/** The first and one-past-last row to render for a scroll position. Exported for tests. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { first, last };
}

export function VirtualList(props: VirtualListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const { first, last } = visibleRange(scrollTop, props.height, props.rowHeight, props.count, props.overscan ?? 6);
  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index++) {
    rows.push(
      <li
        key={index}
        role="listitem"
        aria-setsize={props.count}
        aria-posinset={index + 1}
        style={{
          position: 'absolute',
          top: `${index * props.rowHeight}px`,
          height: `${props.rowHeight}px`,
          left: 0,
          right: 0,
        }}
      >
        {props.renderRow(index)}
      </li>,
    );
  }
  return (
    <div
      class="virtual-list"
      style={{ height: `${props.height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={0}
      role="region"
      aria-label={props.label}
    >
      <ul
        role="list"
        style={{ height: `${props.count * props.rowHeight}px`, position: 'relative', margin: 0, padding: 0 }}
      >
        {rows}
      </ul>
    </div>
  );
}
