/**
 * Custom widgets: react-select-style comboboxes (type, wait for the option, choose it with the pointer events it
 * listens to; the control is pressed first because click-to-activate placeholders ignore typing until then),
 * Workday-style `button[aria-haspopup=listbox]` dropdowns, "Add another" buttons, and file inputs (DataTransfer, plus
 * a drop event for drop zones that ignore `change`).
 */
import { isAddRowText } from '../../lib/engine/add-row';
import { comboboxControl, comboboxValue, dropZoneOf, listboxButtonValue } from './collect';
import {
  blurLikeUser,
  cleanText,
  clickLikeUser,
  fire,
  fireInput,
  focusLikeUser,
  normaliseForMatch,
  setNativeValue,
  sleep,
  textWithoutControls,
  waitFor,
} from './dom';

function isShown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** The best option for a wanted text: exact, then starts-with, then contains (shortest wins). */
export function bestOption(options: Element[], wanted: string): Element | null {
  const target = normaliseForMatch(wanted);
  if (!target) return null;
  const scored = options
    .filter((o) => o.getAttribute('aria-disabled') !== 'true' && isShown(o))
    .map((o) => ({ o, text: normaliseForMatch(o.textContent ?? '') }));
  const exact = scored.find((s) => s.text === target);
  if (exact) return exact.o;
  const starts = scored.filter((s) => s.text.startsWith(target)).sort((a, b) => a.text.length - b.text.length)[0];
  if (starts) return starts.o;
  const contains = scored.filter((s) => s.text.includes(target)).sort((a, b) => a.text.length - b.text.length)[0];
  return contains?.o ?? null;
}

/** Options of the listbox a widget controls, else of any visible listbox in the same root. */
function optionsFor(widget: Element): Element[] {
  const root = widget.getRootNode() as Document | ShadowRoot;
  const ids = `${widget.getAttribute('aria-controls') ?? ''} ${widget.getAttribute('aria-owns') ?? ''}`.trim();
  for (const id of ids.split(/\s+/)) {
    const listbox = id ? root.getElementById(id) : null;
    if (listbox) {
      const options = Array.from(listbox.querySelectorAll('[role=option]'));
      if (options.length > 0) return options;
    }
  }
  const listboxes = Array.from(root.querySelectorAll('[role=listbox]')).filter(isShown);
  return listboxes.flatMap((l) => Array.from(l.querySelectorAll('[role=option]')));
}

/** Type into a combobox and choose the matching option. Returns the value the widget shows afterwards. */
export async function chooseInCombobox(el: HTMLElement, value: string): Promise<string | null> {
  const control = comboboxControl(el);
  // Click-to-activate: press the control first (react-select opens and focuses its input on mousedown).
  clickLikeUser(control === el ? el : control);
  focusLikeUser(el);
  // Frameworks re-render after the event (React 19 flushes in a microtask): let the input become editable.
  if (el instanceof HTMLInputElement) await waitFor(() => !el.readOnly, 300);
  if (el instanceof HTMLInputElement && !el.readOnly) {
    setNativeValue(el, value);
    fireInput(el, value);
  }
  const option = await waitFor(() => bestOption(optionsFor(el), value), 2_000);
  if (!option) {
    if (el instanceof HTMLInputElement && !el.readOnly) {
      setNativeValue(el, '');
      fireInput(el, null, 'deleteContentBackward');
    }
    blurLikeUser(el);
    return null;
  }
  clickLikeUser(option);
  await sleep(0);
  blurLikeUser(el);
  return comboboxValue(el) || cleanText(option.textContent);
}

/** Clear a combobox's choice through its clear button (react-select's clear indicator). */
export async function clearCombobox(el: HTMLElement): Promise<boolean> {
  const control = comboboxControl(el);
  const clear = control.querySelector(
    '[class*="clear-indicator"], [class*="clearIndicator"], [class*="indicatorContainer"][aria-label*="lear"], [aria-label^="Clear" i]',
  );
  if (!clear) return comboboxValue(el) === '';
  clickLikeUser(clear);
  await sleep(0);
  blurLikeUser(el);
  return comboboxValue(el) === '';
}

/** Open a listbox button (Workday), choose the option with this text, and check the button shows it. */
export async function chooseInListboxButton(button: HTMLElement, text: string): Promise<string | null> {
  clickLikeUser(button);
  const option = await waitFor(() => bestOption(optionsFor(button), text), 2_000);
  if (!option) {
    // Close it again the way it was opened.
    if (button.getAttribute('aria-expanded') === 'true') clickLikeUser(button);
    return null;
  }
  clickLikeUser(option);
  const chosen = await waitFor(() => {
    const shown = cleanText(button.textContent);
    return shown && normaliseForMatch(shown) === normaliseForMatch(cleanText(option.textContent)) ? shown : null;
  }, 1_000);
  return chosen ?? listboxButtonValue(button);
}

/** Press an "Add another" button; refuses any button whose text does not clearly say add/another. */
export function clickAdd(button: HTMLElement): boolean {
  const text = textWithoutControls(button, 80) || cleanText(button.getAttribute('aria-label'));
  if (!isAddRowText(text)) return false;
  // A link that goes somewhere would leave the page; "Add" links of row widgets point at "#" or nowhere.
  if (button instanceof HTMLAnchorElement) {
    const href = button.getAttribute('href');
    if (href && !href.startsWith('#') && !href.startsWith('javascript:')) return false;
  }
  clickLikeUser(button);
  return true;
}

/** Attach files to a file input through DataTransfer, and drop them on its drop zone when it has one. */
export function attachFiles(input: HTMLInputElement, files: File[] | FileList): string {
  const transfer = new DataTransfer();
  for (const file of Array.from(files)) transfer.items.add(file);
  input.files = transfer.files;
  fireInput(input, null, 'insertReplacementText');
  fire(input, 'change');
  const zone = files.length > 0 && dropZoneOf(input);
  if (zone) {
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }),
      );
    }
  }
  return Array.from(input.files ?? [], (f) => f.name).join(', ');
}
