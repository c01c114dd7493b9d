/**
 * What custom widgets show, read without touching them: a react-select-style combobox's chosen value and the box
 * that draws it, a Workday-style listbox button's text (blank while it shows its placeholder), and the drop zone
 * around a hidden file input. The collector, the inserter and undo all read widgets through these.
 */
import { cleanText } from './dom';

/** The value a react-select-style combobox shows: its single-value element next to the input. */
export function comboboxValue(el: Element): string {
  if (el instanceof HTMLInputElement && el.value) return el.value;
  const control = comboboxControl(el);
  const single = control.querySelector('[class*="singleValue"], [class*="single-value"]');
  if (single) return cleanText(single.textContent);
  const chips = control.querySelectorAll('[class*="multiValue__label"], [class*="multi-value__label"]');
  if (chips.length > 0) return Array.from(chips, (c) => cleanText(c.textContent)).join(', ');
  return '';
}

/** The visible box of a combobox: the ancestor that draws the control (react-select's `__control`). */
export function comboboxControl(el: Element): Element {
  let current: Element | null = el;
  for (let level = 0; current && level < 6; level += 1) {
    const cls = typeof current.className === 'string' ? current.className : '';
    if (/(^|[\s_-])control(\s|$|[_-])/i.test(cls) || /__control\b/.test(cls)) return current;
    current = current.parentElement;
  }
  // No recognisable control: the nearest ancestor of usable size.
  current = el.parentElement;
  for (let level = 0; current && level < 4; level += 1) {
    const r = current.getBoundingClientRect();
    if (r.width >= 20 && r.height >= 10) return current;
    current = current.parentElement;
  }
  return el;
}

const PLACEHOLDER_TEXT = /^(select|choose|pick)\b.*|^-+$|^$/i;

/** Workday-style listbox button: its text is the chosen option, or a placeholder ("Select One"). */
export function listboxButtonValue(el: Element): string {
  const text = cleanText(el.textContent);
  return PLACEHOLDER_TEXT.test(text) ? '' : text;
}

/** A drop zone around a hidden file input: an ancestor named like one, within a few levels. */
export function dropZoneOf(el: Element): Element | null {
  let current = el.parentElement;
  for (let level = 0; current && level < 5; level += 1) {
    const marker = `${current.id} ${typeof current.className === 'string' ? current.className : ''} ${
      current.getAttribute('data-automation-id') ?? ''
    }`;
    if (/drop/i.test(marker)) return current;
    current = current.parentElement;
  }
  return null;
}
