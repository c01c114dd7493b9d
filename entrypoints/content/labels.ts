/**
 * Label text from every source the engine reads (see FieldDescriptor): <label for>, a wrapping <label>,
 * aria-label(ledby), aria-describedby, the cell to the left or above in table layouts, the previous sibling text,
 * <dt>, the fieldset legend and the nearest heading before the field.
 */
import { cleanText, composedParent, textWithoutControls } from './dom';

const CONTROL_SELECTOR = 'input:not([type=hidden]),select,textarea,[contenteditable],[role=combobox],button';

function byIds(el: Element, ids: string | null): string {
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  return cleanText(
    ids
      .split(/\s+/)
      .map((id) => (id ? (root.getElementById(id)?.textContent ?? '') : ''))
      .join(' '),
  );
}

export function ariaLabelledBy(el: Element): string {
  return byIds(el, el.getAttribute('aria-labelledby'));
}

/** Help text: the elements named by aria-describedby, then the title tooltip (the accessible name's fallback). */
export function ariaDescription(el: Element): string {
  return [byIds(el, el.getAttribute('aria-describedby')), el.getAttribute('title') ?? '']
    .map((text) => text.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The labels of every control, indexed once per root. `element.labels` walks the whole tree scope on each call in
 * Blink, which makes a collect quadratic on long forms.
 */
export class LabelIndex {
  readonly #byRoot = new Map<Node, Map<Element, HTMLLabelElement[]>>();

  labelsOf(el: Element): HTMLLabelElement[] {
    const root = el.getRootNode();
    let index = this.#byRoot.get(root);
    if (!index) {
      index = new Map();
      // By node type: a document need not be an instance of this realm's Document (happy-dom's is not).
      if (root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        for (const label of Array.from((root as ParentNode).querySelectorAll('label'))) {
          const control = label.control;
          if (!control) continue;
          const list = index.get(control);
          if (list) list.push(label);
          else index.set(control, [label]);
        }
      }
      this.#byRoot.set(root, index);
    }
    return index.get(el) ?? [];
  }
}

export function labelTexts(el: Element, index: LabelIndex): { labelFor: string; labelWrap: string } {
  const labels = index.labelsOf(el);
  let labelFor = '';
  let labelWrap = '';
  {
    for (const label of labels) {
      const text = textWithoutControls(label);
      if (label.contains(el)) labelWrap = labelWrap || text;
      else labelFor = labelFor ? `${labelFor} ${text}` : text;
    }
  }
  if (!labelWrap) {
    // A wrapping <label> that `labels` misses (custom widgets are not labelable).
    const wrap = el.closest('label');
    if (wrap) labelWrap = textWithoutControls(wrap);
  }
  return { labelFor: cleanText(labelFor), labelWrap };
}

export const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/**
 * Whether the fields after `node` (its following siblings, up to the next heading) are more than one: a heading over
 * several fields names their section, not the first of them. A radio or checkbox group counts as one field.
 */
function introducesSeveralFields(node: Element): boolean {
  const groups = new Set<string>();
  let n = 0;
  let steps = 0;
  for (let next = node.nextElementSibling; next && steps < 60; next = next.nextElementSibling) {
    steps += 1;
    if (next.matches(HEADING_SELECTOR)) break;
    const controls = next.matches(CONTROL_SELECTOR) ? [next] : Array.from(next.querySelectorAll(CONTROL_SELECTOR));
    for (const c of controls) {
      const grouped = c instanceof HTMLInputElement && (c.type === 'radio' || c.type === 'checkbox') && c.name;
      groups.add(grouped ? `group:${c.name}` : `#${(n += 1)}`);
      if (groups.size > 1) return true;
    }
  }
  return false;
}

/** Text of a node sequence before `el` at one level: previous siblings until one holds a control or a heading. */
function previousSiblingText(el: Element): string {
  let node: Node | null = el.previousSibling;
  let steps = 0;
  while (node && steps < 6) {
    steps += 1;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = cleanText(node.nodeValue);
      if (text) return text;
    } else if (node instanceof Element) {
      if (node.matches(CONTROL_SELECTOR) || node.querySelector(CONTROL_SELECTOR)) return '';
      // Fuzz seeds 754, 790: a section's heading or legend is the section's (FieldDescriptor.heading, .legend),
      // not its first field's.
      const heading =
        node.localName === 'legend' || node.matches(HEADING_SELECTOR) || node.querySelector(HEADING_SELECTOR) !== null;
      if (heading && introducesSeveralFields(node)) return '';
      if (node.localName !== 'script' && node.localName !== 'style') {
        const text = textWithoutControls(node);
        if (text) return text;
      }
    }
    node = node.previousSibling;
  }
  return '';
}

/** Table layouts: the text of the cell to the left in the same row. */
function leftCellText(cell: HTMLTableCellElement, row: HTMLTableRowElement): string {
  for (let i = cell.cellIndex - 1; i >= 0; i -= 1) {
    const left = row.cells[i];
    if (!left) continue;
    const text = left.querySelector(CONTROL_SELECTOR) ? '' : textWithoutControls(left);
    if (text) return text;
  }
  return '';
}

/**
 * Table layouts: the header cell above in the same column, i.e. the nearest cell above that holds no field. A row
 * of fields is data, not the header of the rows below it (fuzz seed 739: the first row's "Research interests"
 * labelled every field under it whose own label had no `for`).
 */
function headerCellText(cell: HTMLTableCellElement, row: HTMLTableRowElement): string {
  const table = row.closest('table');
  if (!table) return '';
  const rows = table.rows;
  for (let r = Array.prototype.indexOf.call(rows, row) - 1; r >= 0; r -= 1) {
    const above = rows[r]?.cells[cell.cellIndex];
    if (!above) return '';
    if (!above.querySelector(CONTROL_SELECTOR)) return textWithoutControls(above);
  }
  return '';
}

/**
 * The text a person reads before the field: the table cell to the left, the `<dt>` of its `<dd>`, the text just
 * before it (climbing while the field is the only control of its container, but not out of a table cell), and
 * last the header cell above in a table.
 */
export function precedingText(el: Element): string {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  const inTable = cell instanceof HTMLTableCellElement && row instanceof HTMLTableRowElement;
  if (inTable) {
    const left = leftCellText(cell, row);
    if (left) return left;
  }
  const dd = el.closest('dd');
  if (dd) {
    let prev = dd.previousElementSibling;
    while (prev && prev.localName !== 'dt') prev = prev.previousElementSibling;
    if (prev) return textWithoutControls(prev);
  }
  // Climb a few levels while the field is the only control of its container.
  let current: Element | null = el;
  for (let level = 0; current && level < 4; level += 1) {
    // The cells beside a field's cell were read above, and the rows around it are not its text.
    if (current === cell) break;
    const text = previousSiblingText(current);
    if (text) return text;
    const parent: Element | null = composedParent(current);
    if (!parent || parent.localName === 'form' || parent.localName === 'body') break;
    if (parent.querySelectorAll(CONTROL_SELECTOR).length > 1) break;
    current = parent;
  }
  return inTable ? headerCellText(cell, row) : '';
}

export function legendText(el: Element): string {
  const fieldset = el.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  return legend ? textWithoutControls(legend) : '';
}

/** The nearest heading before `el`: previous siblings (or their last heading) at each level up the tree. */
export function headingText(el: Element): string {
  let current: Element | null = el;
  for (let level = 0; current && level < 12; level += 1) {
    let sibling = current.previousElementSibling;
    let steps = 0;
    while (sibling && steps < 40) {
      steps += 1;
      if (sibling.matches(HEADING_SELECTOR)) return textWithoutControls(sibling, 120);
      const inner = sibling.querySelectorAll(HEADING_SELECTOR);
      const last = inner[inner.length - 1];
      if (last) return textWithoutControls(last, 120);
      sibling = sibling.previousElementSibling;
    }
    current = composedParent(current);
  }
  return '';
}
