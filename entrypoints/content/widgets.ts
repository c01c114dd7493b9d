/**
 * Custom widgets: react-select-style comboboxes (type, wait for the option, choose it with the pointer events it
 * listens to; the control is pressed first because click-to-activate placeholders ignore typing until then),
 * Workday-style `button[aria-haspopup=listbox]` dropdowns, "Add another" buttons, and file inputs (DataTransfer, plus
 * a drop event for drop zones that ignore `change`).
 */
import { isAddRowText } from '../../lib/engine/add-row';
import { comboboxControl, comboboxValue, dropZoneOf, listboxButtonValue } from './widget-values';
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

/** A text as its words between spaces, lower case, accents folded: " ph d ", " master s degree ". */
const wordsOf = (text: string) =>
  ` ${normaliseForMatch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const NEGATED = / (non|not|no|without|outside|except) /;

/**
 * The option for any of the wanted spellings (the planner sends them in order: "Ph.D.", "PhD", "Doctorate"…): the
 * first spelling that is an option's whole text, else the first whose words occur in exactly one option, so "ETH
 * Zurich" finds "Swiss Federal Institute of Technology Zurich (ETH Zurich)" and "Bachelor's" finds "Bachelor's
 * Degree", while "United States" never picks "Non-United States".
 */
export function pickOption(options: Element[], wanted: readonly string[]): Element | null {
  const shown = options.filter((o) => o.getAttribute('aria-disabled') !== 'true' && isShown(o));
  const texts = shown.map((o) => wordsOf(o.textContent ?? ''));
  for (const whole of [true, false]) {
    for (const spelling of wanted) {
      const w = wordsOf(spelling);
      if (!whole && (w.length < 5 || NEGATED.test(w))) continue;
      const hits = shown.filter((_, i) => (whole ? texts[i] === w : texts[i]?.includes(w) && !NEGATED.test(texts[i])));
      if (hits.length === 1 || (whole && hits[0])) return hits[0] ?? null;
    }
  }
  return null;
}

/**
 * Type into a combobox and wait for its options. Workday's searchable prompts (School, Field of Study) search only
 * on Enter: when typing lists nothing, Enter is pressed in the box (a synthetic key press, which never submits).
 */
async function searchFor(el: HTMLElement, text: string): Promise<Element[]> {
  if (el instanceof HTMLInputElement && !el.readOnly) {
    setNativeValue(el, text);
    fireInput(el, text);
  }
  const listed = () => {
    const options = optionsFor(el).filter(isShown);
    return options.length ? options : null;
  };
  let options = await waitFor(listed, 500);
  if (!options && el instanceof HTMLInputElement) {
    for (const type of ['keydown', 'keyup'])
      el.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
    options = await waitFor(listed, 1_500);
  }
  return options ?? [];
}

function clearTyped(el: HTMLElement): void {
  if (el instanceof HTMLInputElement && !el.readOnly && el.value) {
    setNativeValue(el, '');
    fireInput(el, null, 'deleteContentBackward');
  }
}

/**
 * Choose in a combobox: type the first spelling (then the others, up to three searches) and pick the option that
 * means it. With `each` (a multi-select such as Workday's Skills), every spelling is searched and each one the list
 * offers is picked; nothing the list does not offer is ever typed in and left. Returns what the widget shows.
 */
export async function chooseInCombobox(
  el: HTMLElement,
  value: string | readonly string[],
  each = false,
): Promise<string | null> {
  const wanted = typeof value === 'string' ? [value] : value;
  const control = comboboxControl(el);
  // Click-to-activate: press the control first (react-select opens and focuses its input on mousedown).
  clickLikeUser(control === el ? el : control);
  focusLikeUser(el);
  // Frameworks re-render after the event (React 19 flushes in a microtask): let the input become editable.
  if (el instanceof HTMLInputElement) await waitFor(() => !el.readOnly, 300);
  const picked: string[] = [];
  for (const text of each ? wanted : wanted.slice(0, 3)) {
    const options = await searchFor(el, text);
    const option = pickOption(options, each ? [text] : wanted);
    if (!option) {
      clearTyped(el);
      continue;
    }
    picked.push(cleanText(option.textContent));
    clickLikeUser(option);
    await sleep(0);
    // A single choice may be committed into the box itself (an autocomplete that writes the option's text on
    // mousedown): only a multi-select's search text is cleared for the next skill.
    if (!each) break;
    clearTyped(el);
  }
  blurLikeUser(el);
  if (!picked.length) return null;
  return each ? picked.join(', ') : comboboxValue(el) || picked[0] || null;
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

/** Open a listbox button (Workday), choose the option for any of these spellings, and check the button shows it. */
export async function chooseInListboxButton(
  button: HTMLElement,
  text: string | readonly string[],
): Promise<string | null> {
  clickLikeUser(button);
  const option = await waitFor(() => pickOption(optionsFor(button), typeof text === 'string' ? [text] : text), 2_000);
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
