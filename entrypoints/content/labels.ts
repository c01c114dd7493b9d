/**
 * Label text from every source the engine reads (see FieldDescriptor): <label for>, a wrapping <label>,
 * aria-label(ledby), aria-describedby, the cell to the left or above in table layouts, the previous sibling text,
 * <dt>, the fieldset legend and the nearest heading before the field.
 */
import { cleanText, composedParent, textWithoutControls } from './dom';

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [contenteditable], [role=combobox], button';

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
  private readonly byRoot = new Map<Node, Map<Element, HTMLLabelElement[]>>();

  labelsOf(el: Element): HTMLLabelElement[] {
    const root = el.getRootNode();
    let index = this.byRoot.get(root);
    if (!index) {
      index = new Map();
      if (root instanceof Document || root instanceof ShadowRoot) {
        for (const label of Array.from(root.querySelectorAll('label'))) {
          const control = label.control;
          if (!control) continue;
          const list = index.get(control);
          if (list) list.push(label);
          else index.set(control, [label]);
        }
      }
      this.byRoot.set(root, index);
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

/** Text of a node sequence before `el` at one level: previous siblings until one holds a control. */
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
      if (node.localName !== 'script' && node.localName !== 'style') {
        const text = textWithoutControls(node);
        if (text) return text;
      }
    }
    node = node.previousSibling;
  }
  return '';
}

/** Table layouts: the cell to the left in the same row, else the header cell above in the same column. */
function tableCellText(el: Element): string {
  const cell = el.closest('td, th');
  if (!cell || !(cell instanceof HTMLTableCellElement)) return '';
  const row = cell.parentElement;
  if (!(row instanceof HTMLTableRowElement)) return '';
  for (let i = cell.cellIndex - 1; i >= 0; i -= 1) {
    const left = row.cells[i];
    if (!left) continue;
    const text = left.querySelector(CONTROL_SELECTOR) ? '' : textWithoutControls(left);
    if (text) return text;
  }
  const table = row.closest('table');
  const header = table?.tHead?.rows[0] ?? (table?.rows[0] !== row ? table?.rows[0] : undefined);
  const above = header?.cells[cell.cellIndex];
  return above && above !== cell ? textWithoutControls(above) : '';
}

export function precedingText(el: Element): string {
  const fromTable = tableCellText(el);
  if (fromTable) return fromTable;
  const dd = el.closest('dd');
  if (dd) {
    let prev = dd.previousElementSibling;
    while (prev && prev.localName !== 'dt') prev = prev.previousElementSibling;
    if (prev) return textWithoutControls(prev);
  }
  // Climb a few levels while the field is the only control of its container.
  let current: Element | null = el;
  for (let level = 0; current && level < 4; level += 1) {
    const text = previousSiblingText(current);
    if (text) return text;
    const parent: Element | null = composedParent(current);
    if (!parent || parent.localName === 'form' || parent.localName === 'body') break;
    if (parent.querySelectorAll(CONTROL_SELECTOR).length > 1) break;
    current = parent;
  }
  return '';
}

export function legendText(el: Element): string {
  const fieldset = el.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  return legend ? textWithoutControls(legend) : '';
}

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role=heading]';

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
