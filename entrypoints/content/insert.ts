/**
 * Insert: write values so that page frameworks see them. Text goes through the prototype's native setter between
 * the events real typing produces (focus, beforeinput, input, change, blur), which React 18/19, Preact, Vue, Angular
 * and Knockout all listen to. Never a key press: no Enter, no submit.
 */
import { chooseOption } from '../../lib/values/options';
import {
  announceBlur,
  announceFocus,
  blurLikeUser,
  cleanText,
  fire,
  fireBeforeInput,
  fireInput,
  focusLikeUser,
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

/**
 * Choose an option of a <select>: the one with this value (the planner's choice, or the value undo puts back), else
 * the one lib's matcher (lib/values/options.ts) finds for its text. Returns the selected value, or null.
 */
export function writeSelect(el: HTMLSelectElement, value: string, optionText = ''): string | null {
  const options = Array.from(el.options, (o) => ({ o, value: o.value, text: o.text, disabled: o.disabled }));
  const option = (
    options.find((o) => o.value === value && !o.disabled) ?? chooseOption(options, [optionText, value])?.option
  )?.o;
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
