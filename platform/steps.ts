/**
 * Each step as it appears (issue #18): after every fill the filled frames watch for the page swapping in its next
 * step (entrypoints/content/steps.ts). Where the person chose "Keep filling this application", the new step is
 * filled at once; elsewhere the page offers it, naming the fill shortcut. The choice is per site, off by default,
 * listed and removable on the options page (Settings.keepFillingSites).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/settings/settings';
import { hostMatches } from './hosts';
import { sendToFrame } from './messaging';
import type { Repository } from './repository';

/** The fill shortcut as the browser has it now (the person may have changed it), '' when none is set. */
async function fillShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === 'fill-page')?.shortcut ?? '';
}

export function keepsFilling(settings: Settings, host: string): boolean {
  return (settings.keepFillingSites ?? []).some((site) => hostMatches(host, site));
}

/** Tabs whose last fill armed step watchers → the host it ran on (lost with the service worker: then no offer). */
const armed = new Map<number, string>();

/** May this tab's page ask for its next step? Only after a fill there, and while the tab stays on that site. */
export function stepArmed(tabId: number, url: string | undefined): boolean {
  let host = '';
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    // No URL: not a page this fill ran on.
  }
  return host !== '' && armed.get(tabId) === host;
}

/** Arm the step watchers of the frames just filled. */
export async function watchSteps(tabId: number, frameIds: number[], host: string, settings: Settings): Promise<void> {
  armed.set(tabId, host);
  const keepFilling = keepsFilling(settings, host);
  const shortcut = await fillShortcut();
  await Promise.all(
    frameIds.map((frameId) =>
      sendToFrame(tabId, frameId, { type: 'content.steps', keepFilling, shortcut }).catch(() => undefined),
    ),
  );
}

/** "Keep filling this application": remember the sender tab's site (once). */
export async function keepFillingSite(repo: Repository, url: string | undefined): Promise<void> {
  const host = url ? new URL(url).hostname : '';
  const settings = await repo.getSettings();
  if (!host || keepsFilling(settings, host)) return;
  await repo.setSettings({ keepFillingSites: [...(settings.keepFillingSites ?? []), host] });
}
