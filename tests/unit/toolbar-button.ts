/**
 * WXT's fake browser does not implement the toolbar button's popup address, which the background sets for the
 * popup's first paint (platform/profile-list-cache.ts): a small fake keeps it, as the browser does.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

let popup = 'popup.html';
fakeBrowser.action.setPopup = ({ popup: address }) => {
  popup = address;
  return Promise.resolve();
};
fakeBrowser.action.getPopup = () => Promise.resolve(popup);
