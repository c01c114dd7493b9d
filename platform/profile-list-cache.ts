/**
 * Keeps `storage.local[PROFILE_LIST_KEY]` and the toolbar button's popup address (lib/settings/popup-address.ts)
 * equal to the profile list and the profiles chosen per site (issue #16), for the popup's first paint. It sits under the repository's write methods (platform/repository.ts), so every
 * write that can change the list goes through it, whichever message, menu or page caused the write.
 *
 * `change` removes the key and sets the popup back to bare `popup.html` before such a write, and stores the list
 * again once no change is running: a popup opened meanwhile finds no list and waits for `profile.list` instead of
 * showing a name that may have just changed. A list
 * read while another change started is not stored (the later change stores its own). Storage is written only when
 * the list differs from the stored one, and the popup's address only when it differs from the one this worker set:
 * opening the popup with nothing changed writes nothing.
 */
import { browser } from 'wxt/browser';
import { PROFILE_LIST_KEY, type CachedProfileList } from '../lib/messaging/cached-profile-list';
import { popupAddress } from '../lib/settings/popup-address';

interface StorageArea {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

/** The toolbar button, whose popup address the cache sets: `action` in MV3, `browserAction` in Firefox's MV2. */
export interface PopupTarget {
  setPopup: (details: { popup: string }) => Promise<void>;
}

function toolbarButton(): PopupTarget | undefined {
  const api = browser as unknown as { action?: PopupTarget; browserAction?: PopupTarget };
  return api.action ?? api.browserAction;
}

export class ProfileListCache {
  private running = 0;
  private started = 0;
  /** The popup address this worker last set; unknown after the worker starts, so the first `current` sets it. */
  private address: string | undefined;

  /** `read`: the list as it is in the database now. */
  constructor(
    private readonly read: () => Promise<CachedProfileList>,
    private readonly area: StorageArea = browser.storage.local,
    private readonly button: PopupTarget | undefined = toolbarButton(),
  ) {}

  /** Set the popup's address; a failure to set it back to bare `popup.html` fails the change that asked. */
  private async setAddress(address: string): Promise<void> {
    if (!this.button) return;
    this.address = undefined;
    await this.button.setPopup({ popup: address });
    this.address = address;
  }

  /** Run `write`, which may change the list: the stored list is gone while it runs and is stored again after it. */
  async change<T>(write: () => Promise<T>): Promise<T> {
    this.running += 1;
    this.started += 1;
    try {
      await Promise.all([this.area.remove(PROFILE_LIST_KEY), this.setAddress(popupAddress())]);
      return await write();
    } finally {
      this.running -= 1;
      // A failed write stores the list as it still is; a failure to store leaves no key, and the popup asks.
      if (this.running === 0) await this.current().catch(() => undefined);
    }
  }

  /** The list as it is now, stored when it differs from the stored one and no change started while it was read. */
  async current(): Promise<CachedProfileList> {
    const at = this.started;
    const list = await this.read();
    if (this.running === 0 && at === this.started) {
      const stored = (await this.area.get(PROFILE_LIST_KEY))[PROFILE_LIST_KEY];
      // Checked again: a change may have started during the read of storage.
      if (JSON.stringify(stored) !== JSON.stringify(list) && this.running === 0 && at === this.started)
        await this.area.set({ [PROFILE_LIST_KEY]: list });
      // The address last: a popup that finds the list in its address finds the same list in storage.
      const address = popupAddress(list);
      if (address !== this.address && this.running === 0 && at === this.started) await this.setAddress(address);
    }
    return list;
  }
}
