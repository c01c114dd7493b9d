/**
 * Insert: write values so that page frameworks see them. Text goes through the prototype's native setter between
 * the events real typing produces (focus, beforeinput, input, change, blur), which React 18/19, Preact, Vue, Angular
 * and Knockout all listen to. Never a key press: no Enter, no submit.
 */
import {
  announceBlur,
  announceFocus,
  blurLikeUser,
  cleanText,
  fire,
  fireBeforeInput,
  fireInput,
  focusLikeUser,
  normaliseForMatch,
  setNativeValue,
} from './dom';

export type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** Type a whole value into a text box, as one paste-like edit. Returns the value the box holds afterwards. */
export function writeText(el: TextElement, value: string): string {
  announceFocus(el);
  fireBeforeInput(el, value, value ? 'insertText' : 'deleteContentBackward');
  setNativeValue(el, value);
  fireInput(el, value || null, value ? 'insertText' : 'deleteContentBackward');
  fire(el, 'change');
  announceBlur(el);
  return el.value;
}

/** Choose an option of a <select> by value, else by its text. Returns the selected value, or null if none matched. */
export function writeSelect(el: HTMLSelectElement, value: string, optionText = ''): string | null {
  const options = Array.from(el.options);
  const wantedText = normaliseForMatch(optionText || value);
  const option =
    options.find((o) => o.value === value && !o.disabled) ??
    options.find((o) => normaliseForMatch(o.text) === wantedText && !o.disabled) ??
    options.find((o) => normaliseForMatch(o.value) === normaliseForMatch(value) && !o.disabled);
  if (!option) return null;
  announceFocus(el);
  setNativeValue(el, option.value);
  fireInput(el, null, 'insertReplacementText');
  fire(el, 'change');
  announceBlur(el);
  return el.value;
}

/** Tick or untick through a real click, which fires click, input and change in the browser's own order. */
export function writeChecked(el: HTMLInputElement, checked: boolean): boolean {
  if (el.checked !== checked) {
    if (el.type === 'radio' && !checked) {
      // A radio cannot be unticked by a click: clear it directly and tell the page.
      el.checked = false;
      fire(el, 'input');
      fire(el, 'change');
    } else {
      el.click();
    }
  }
  return el.checked;
}

/** Replace a contenteditable region's text through the editing commands editors listen to. */
export function writeContentEditable(el: HTMLElement, value: string): string {
  focusLikeUser(el);
  const selection = el.ownerDocument.getSelection();
  if (selection) {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // execCommand is deprecated but is still what rich editors (ProseMirror, Draft.js, Quill) handle as typing.
  const inserted = value
    ? el.ownerDocument.execCommand('insertText', false, value)
    : el.ownerDocument.execCommand('delete');
  if (!inserted || cleanText(el.textContent, 100_000) !== cleanText(value, 100_000)) {
    el.textContent = value;
    fireInput(el, value, 'insertText');
  }
  selection?.removeAllRanges();
  blurLikeUser(el);
  return cleanText(el.textContent, 2_000);
}

/** A date or month input takes only its canonical form (YYYY-MM-DD, YYYY-MM); anything else leaves it empty. */
export function normaliseDateValue(el: HTMLInputElement, value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return value;
  const [, y, mo = '01', d = '01'] = m;
  if (el.type === 'month') return `${y}-${mo}`;
  if (el.type === 'date') return `${y}-${mo}-${d}`;
  return value;
}
