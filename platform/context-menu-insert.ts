/**
 * "Insert from Vitae" on editable fields: a context menu of snippets (bios, the publication list in the default
 * style, ids and links). Clicking one inserts its text into the focused field of that frame only, with the native
 * value setter and input/change events that React, Vue and Angular listen to. Only the chosen text enters the page.
 *
 * The menu is rebuilt from the active profile when the extension starts and whenever the database changes.
 */
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { INSERT_ROOT, insertMenuItems, insertText, isInsertItemId } from '../lib/format/insert-menu';
import type { Repository } from './repository';

/** Runs in the page (isolated world) of one frame: insert `text` at the caret of the focused field. */
function insertIntoFocusedField(text: string): { ok: boolean; reason?: string } {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && /^(text|search|url|email|tel|)$/.test(el.type))
  ) {
    const field = el;
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? field.value.length;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    // The prototype's setter, not the element's own: frameworks patch the instance to track their state.
    if (descriptor?.set) descriptor.set.call(field, next);
    else field.value = next;
    const caret = start + text.length;
    try {
      field.setSelectionRange(caret, caret);
    } catch {
      // Some input types have no selection.
    }
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return { ok: true };
  }
  if (el instanceof HTMLElement && el.isContentEditable) {
    // execCommand fires beforeinput/input like typing, which rich-text editors expect; fall back to a Range.
    if (document.execCommand('insertText', false, text)) return { ok: true };
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return { ok: false, reason: 'no caret in the editable element' };
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(text));
    range.collapse(false);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return { ok: true };
  }
  return { ok: false, reason: 'no editable field has focus' };
}

export type InsertResult = { ok: true; inserted: boolean; reason?: string } | { ok: false; error: string };

/** Insert the text of one menu entry into the focused field of one frame of a tab. The menu click does this. */
export async function insertSnippet(
  repo: Repository,
  target: { tabId: number; frameId?: number; snippetId: string },
): Promise<InsertResult> {
  const profile = await repo.getProfile();
  const text = insertText(profile, target.snippetId);
  if (text === undefined) return { ok: false, error: `Nothing to insert for ${target.snippetId}` };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: target.tabId, frameIds: [target.frameId ?? 0] },
    func: insertIntoFocusedField,
    args: [text],
  });
  const result = injection?.result;
  if (!result) return { ok: false, error: 'The page did not answer' };
  return result.ok ? { ok: true, inserted: true } : { ok: true, inserted: false, reason: result.reason ?? '' };
}

let created: string[] = [];

async function rebuildMenu(repo: Repository): Promise<void> {
  const [profile, settings] = await Promise.all([repo.getProfile(), repo.getSettings()]);
  // Only our own items: other modules (the "Fill this page" item) keep theirs.
  // After a service-worker restart `created` is empty but Chrome kept the items: removing the root drops them all.
  for (const id of [...created.reverse(), INSERT_ROOT]) await browser.contextMenus.remove(id).catch(() => undefined);
  created = [];
  const create = (props: Parameters<typeof browser.contextMenus.create>[0] & { id: string }) =>
    new Promise<void>((resolve) => {
      browser.contextMenus.create(props, () => {
        // Reading lastError marks it handled; a duplicate id after a racing rebuild is harmless.
        void browser.runtime.lastError;
        resolve();
      });
      created.push(props.id);
    });
  await create({ id: INSERT_ROOT, title: 'Insert from Vitae', contexts: ['editable'] });
  for (const item of insertMenuItems(profile, settings.defaultCitationStyle)) {
    await create({ id: item.id, title: item.title, contexts: ['editable'], parentId: item.parent ?? INSERT_ROOT });
  }
}

/**
 * Register the menu and its click handler. Call once from the background's main(); listeners are added
 * synchronously so that a click that wakes the service worker is not lost.
 */
export function registerInsertMenu(repo: Repository): void {
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rebuild = () => {
    chain = chain.then(() => rebuildMenu(repo)).catch((error: unknown) => console.warn('Vitae: insert menu', error));
  };
  const rebuildSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300);
  };

  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup.addListener(rebuild);
  // Every write goes through the background's Dexie, so this sees profile saves, imports and switches.
  Dexie.on('storagemutated', rebuildSoon);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const snippetId = String(info.menuItemId);
    if (tab?.id === undefined || !isInsertItemId(snippetId)) return;
    void insertSnippet(repo, { tabId: tab.id, frameId: info.frameId ?? 0, snippetId }).then((result) => {
      if (!result.ok || !result.inserted) console.warn('Vitae: nothing inserted', result);
    });
  });
}
