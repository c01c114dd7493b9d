import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { fillTab, forgetTab } from '../../platform/fill';
import { createFillPageMenu, listenForFillTriggers } from '../../platform/fill-triggers';
import { createHandlers } from '../../platform/handlers';
import { listenInBackground } from '../../platform/messaging';
import { Repository } from '../../platform/repository';
import { registerInsertMenu } from '../../platform/context-menu-insert';

export default defineBackground({
  type: 'module',
  main() {
    performance.mark('vitae:background main'); // the cold-start bench reads it (scripts/bench-cold-start.ts)
    const repo = new Repository();
    listenInBackground(createHandlers(repo));
    registerInsertMenu(repo);
    listenForFillTriggers((tabId) => fillTab(repo, { tabId }));
    // A fill's records live only as long as its page (issue #16).
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void forgetTab(tabId);
    });

    browser.runtime.onInstalled.addListener((details) => {
      void repo.ensureActiveProfile();
      createFillPageMenu();
      if (details.reason === 'install') {
        void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/welcome') });
      }
    });
  },
});
