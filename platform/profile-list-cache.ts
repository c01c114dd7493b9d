/**
 * Keeps `storage.local[PROFILE_LIST_KEY]` equal to the profile list (issue #16), for the popup's first paint.
 *
 * Every handler that can change the list removes the key before it runs and stores the list again once no change
 * is running: a popup opened meanwhile finds no key and waits for `profile.list` instead of showing a name that
 * may have just changed. A list read while another change started is not stored (the later change stores its own).
 */
import { browser } from 'wxt/browser';
import { PROFILE_LIST_KEY } from '../lib/messaging/cached-profile-list';
import type { ProfileListEntry } from '../lib/messaging/protocol';
import type { BackgroundHandlers } from './messaging';
import type { Repository } from './repository';

/** The messages after which the list (names, affiliations, labels, the active profile) may differ. */
const CHANGES_LIST = [
  'profile.import',
  'profile.save',
  'profile.create',
  'profile.delete',
  'profile.activate',
  'data.wipe',
] as const satisfies readonly (keyof BackgroundHandlers)[];

type Handler = (request: never, sender: never) => Promise<unknown>;

export function keepProfileListCached(repo: Repository, handlers: BackgroundHandlers): BackgroundHandlers {
  const area = browser.storage.local;
  let running = 0;
  let started = 0;

  /** Store a list read after change number `at`, unless another change started since or is still running. */
  const store = async (at: number, profiles: ProfileListEntry[]) => {
    if (running === 0 && at === started) await area.set({ [PROFILE_LIST_KEY]: profiles });
  };

  const wrapped: Record<string, Handler> = { ...(handlers as unknown as Record<string, Handler>) };
  for (const type of CHANGES_LIST) {
    const handler = handlers[type] as unknown as Handler;
    wrapped[type] = async (request, sender) => {
      // A preview of an import stores nothing.
      if ((request as { dryRun?: unknown }).dryRun === true) return handler(request, sender);
      running += 1;
      started += 1;
      try {
        await area.remove(PROFILE_LIST_KEY);
        return await handler(request, sender);
      } finally {
        running -= 1;
        if (running === 0) {
          const at = started;
          await repo
            .listProfiles()
            .then((profiles) => store(at, profiles))
            .catch(() => undefined);
        }
      }
    };
  }
  // The popup's own request stores the list too, e.g. after an update installed a version that kept none.
  wrapped['profile.list'] = async (request, sender) => {
    const at = started;
    const res = await handlers['profile.list'](request, sender);
    if (res.ok) await store(at, res.profiles).catch(() => undefined);
    return res;
  };
  return wrapped as unknown as BackgroundHandlers;
}
