/**
 * The profile list in the popup page's address (issue #16). The background sets the toolbar button's popup to
 * `popup.html#list=…` with the list as it is now (platform/profile-list-cache.ts) and back to bare `popup.html`
 * before any write that can change the list, so the popup a person opens can paint the name from its own address,
 * synchronously, without waiting for a read of `storage.local`. A service worker has no `localStorage` and cannot
 * set an extension page's cookies; the popup's address is what it can set for the popup to read at once.
 * A list that is not in the address, or not a valid list, is not trusted: the popup reads `storage.local` then.
 */
import { cachedProfileList, type CachedProfileList } from '../messaging/cached-profile-list';

/** The popup page, as the manifest names it. */
export const POPUP_PAGE = 'popup.html';

const LIST_PREFIX = '#list=';

/** The popup's address for `list`; bare `popup.html` without one (a change of the list is under way). */
export function popupAddress(list?: CachedProfileList): string {
  return list ? `${POPUP_PAGE}${LIST_PREFIX}${encodeURIComponent(JSON.stringify(list))}` : POPUP_PAGE;
}

/** The list in a popup address's fragment (`location.hash`), when it holds a valid one. */
export function listInAddress(hash: string): CachedProfileList | undefined {
  if (!hash.startsWith(LIST_PREFIX)) return undefined;
  try {
    return cachedProfileList(JSON.parse(decodeURIComponent(hash.slice(LIST_PREFIX.length))));
  } catch {
    return undefined;
  }
}
