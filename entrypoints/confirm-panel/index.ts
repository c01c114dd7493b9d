import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { confirmPanel } from './panel';

/**
 * The confirm-before-fill panel as a script of its own (`/confirm-panel.js`), injected by the background
 * (platform/confirm-fill.ts) only when the setting is on. It runs in the extension's isolated world and leaves one
 * function there, `vitaeConfirm`, which the background's next injected call runs with the preview's items: a file
 * cannot take arguments, and the panel shares the overlay host with the content script, so it cannot be a
 * serialised function.
 */
export default defineUnlistedScript(() => {
  (globalThis as { vitaeConfirm?: typeof confirmPanel }).vitaeConfirm = confirmPanel;
});
