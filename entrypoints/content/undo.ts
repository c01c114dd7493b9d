/**
 * Undo: before each write the field's previous state is recorded; Undo restores them in reverse order with the same
 * event sequences as the fill, so the page's framework state follows.
 */
import { comboboxValue, listboxButtonValue } from './widget-values';
import { writeChecked, writeContentEditable, writeSelect, writeText, type TextElement } from './insert';
import { attachFiles, chooseInCombobox, chooseInListboxButton, clearCombobox } from './widgets';

export type Snapshot =
  | { kind: 'text'; el: TextElement; value: string }
  | { kind: 'select'; el: HTMLSelectElement; value: string }
  | { kind: 'checked'; el: HTMLInputElement; checked: boolean }
  | { kind: 'files'; el: HTMLInputElement; files: File[] }
  | { kind: 'editable'; el: HTMLElement; text: string }
  | { kind: 'combobox'; el: HTMLElement; value: string }
  | { kind: 'listbox'; el: HTMLElement; text: string; placeholder: string };

export function snapshotOf(el: Element, control: string): Snapshot | null {
  if (control === 'combobox' && el instanceof HTMLElement) return { kind: 'combobox', el, value: comboboxValue(el) };
  if (control === 'listbox-button' && el instanceof HTMLElement) {
    return { kind: 'listbox', el, text: listboxButtonValue(el), placeholder: (el.textContent ?? '').trim() };
  }
  if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox' || el.type === 'radio') return { kind: 'checked', el, checked: el.checked };
    if (el.type === 'file') return { kind: 'files', el, files: Array.from(el.files ?? []) };
    return { kind: 'text', el, value: el.value };
  }
  if (el instanceof HTMLTextAreaElement) return { kind: 'text', el, value: el.value };
  if (el instanceof HTMLSelectElement) return { kind: 'select', el, value: el.value };
  if (el instanceof HTMLElement && el.isContentEditable) return { kind: 'editable', el, text: el.textContent ?? '' };
  return null;
}

/** Restore one snapshot; true when the field shows its previous state again. */
export async function restore(snapshot: Snapshot): Promise<boolean> {
  if (!snapshot.el.isConnected) return false;
  switch (snapshot.kind) {
    case 'text':
      return writeText(snapshot.el, snapshot.value) === snapshot.value;
    case 'select':
      return writeSelect(snapshot.el, snapshot.value) === snapshot.value;
    case 'checked':
      return writeChecked(snapshot.el, snapshot.checked) === snapshot.checked;
    case 'files':
      attachFiles(snapshot.el, snapshot.files);
      return (snapshot.el.files?.length ?? 0) === snapshot.files.length;
    case 'editable':
      writeContentEditable(snapshot.el, snapshot.text);
      return true;
    case 'combobox':
      if (!snapshot.value) return clearCombobox(snapshot.el);
      return (await chooseInCombobox(snapshot.el, snapshot.value)) !== null;
    case 'listbox':
      return (await chooseInListboxButton(snapshot.el, snapshot.text || snapshot.placeholder)) !== null;
  }
}
