/**
 * The two other ways to ask for a fill besides the popup: the keyboard shortcut (`commands` "fill-page" in
 * wxt.config.ts) and the page context menu item "Fill this page with Vitae". Both run the same fill as fill.tab.
 * Other context-menu items (snippets in editable fields) live in their own modules beside this one; each listener
 * only answers its own menu id.
 */
import { browser } from 'wxt/browser';

export const FILL_PAGE_MENU_ID = 'vitae-fill-page';
export const FILL_PAGE_COMMAND = 'fill-page';

/** Create the menu item; call from runtime.onInstalled (menus persist across service-worker restarts). */
export function createFillPageMenu(): void {
  browser.contextMenus.create({ id: FILL_PAGE_MENU_ID, title: 'Fill this page with Vitae', contexts: ['page'] }, () => {
    // "Duplicate id" after an update: the item is already there.
    void browser.runtime.lastError;
  });
}

/** Route the shortcut and the menu item to `fill(tabId)`. Register synchronously in the background's main(). */
export function listenForFillTriggers(fill: (tabId: number) => Promise<unknown>): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== FILL_PAGE_MENU_ID || tab?.id === undefined) return;
    void fill(tab.id).catch(() => undefined);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FILL_PAGE_COMMAND) return;
    const run = async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await fill(tabId);
    };
    void run().catch(() => undefined);
  });
}
