/**
 * Custom widgets: react-select-style comboboxes (type, wait for the option, choose it with the pointer events it
 * listens to; the control is pressed first because click-to-activate placeholders ignore typing until then),
 * Workday-style `button[aria-haspopup=listbox]` dropdowns, "Add another" buttons, and file inputs (DataTransfer, plus
 * a drop event for drop zones that ignore `change`).
 */
import { isAddRowText } from '../../lib/engine/add-row';
import { compactText } from '../../lib/values/normalise';
import { chooseOption } from '../../lib/values/options';
import { comboboxControl, comboboxValue, dropZoneOf } from './widget-values';
import {
  blurLikeUser,
  cleanText,
  clickLikeUser,
  fire,
  fireInput,
  focusLikeUser,
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

/**
 * The option for any of the wanted spellings (the planner sends them in order: "Ph.D.", "PhD", "Doctorate"…), by
 * the planner's own matcher (lib/values/options.ts): "ETH Zurich" finds "Swiss Federal Institute of Technology
 * Zurich (ETH Zurich)", while "United States" never picks "Non-United States". Only options a person can see and
 * choose are candidates.
 */
export function pickOption(options: Element[], wanted: readonly string[]): Element | null {
  const shown = options
    .filter((el) => isShown(el) && el.getAttribute('aria-disabled') !== 'true')
    .map((el) => {
      const text = cleanText(el.textContent);
      return { el, text, value: text };
    });
  // The first spelling that is an option's very text first, even a placeholder: undo puts "Select One" back.
  const exact = wanted.map((w) => shown.find((o) => o.text === w)).find(Boolean);
  return (exact ?? chooseOption(shown, wanted)?.option)?.el ?? null;
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

/**
 * Open a listbox button (Workday) and choose the option for any of these spellings. A choice that does not stick
 * (the button still shows what it showed before, a second after the click) is not kept trying: the next option the
 * spellings name is tried instead, up to three. Returns what the button shows, or null when nothing was chosen.
 */
export async function chooseInListboxButton(
  button: HTMLElement,
  text: string | readonly string[],
): Promise<string | null> {
  const wanted = typeof text === 'string' ? [text] : text;
  const before = cleanText(button.textContent);
  const tried = new Set<string>();
  const listed = () => optionsFor(button).filter((o) => !tried.has(cleanText(o.textContent)));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // Open it, unless the last choice left it open.
    if (!optionsFor(button).some(isShown)) clickLikeUser(button);
    const option = await waitFor(() => pickOption(listed(), wanted), 2_000);
    if (!option) break;
    const label = cleanText(option.textContent);
    clickLikeUser(option);
    const shown = await waitFor(() => {
      const now = cleanText(button.textContent);
      return now !== before || compactText(now) === compactText(label) ? now : null;
    }, 1_000);
    if (shown) return shown;
    tried.add(label);
  }
  // Close it again the way it was opened.
  if (button.getAttribute('aria-expanded') === 'true') clickLikeUser(button);
  return null;
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
