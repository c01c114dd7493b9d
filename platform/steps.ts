/**
 * Each step as it appears (issue #18): after every fill the filled frames watch for the page swapping in its next
 * step (entrypoints/content/steps.ts). Where the person chose "Keep filling this application", the new step is
 * filled at once; elsewhere the page offers it, naming the fill shortcut. The choice is per site, off by default,
 * listed and removable on the options page (Settings.keepFillingSites).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/settings/settings';
import { hostMatches } from '../lib/settings/hosts';
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

/** What a frame's step watcher is armed with: fill the next step at once, or offer it naming the shortcut. */
export interface StepWatch {
  keepFilling: boolean;
  shortcut: string;
}

/** Read while the fill runs (the shortcut is the browser's, and the person may change it): off its critical path. */
export async function stepWatch(settings: Settings, host: string): Promise<StepWatch> {
  return { keepFilling: keepsFilling(settings, host), shortcut: await fillShortcut() };
}

/** This tab's page may ask for its next step once the fill has armed its frames (fill.step, stepArmed). */
export function armTab(tabId: number, host: string): void {
  armed.set(tabId, host);
}

/**
 * Arm the step watchers of frames the fill sent nothing to write; a written frame is armed by its `content.apply`
 * (`armSteps`), which saves fill.tab a round trip that waits for the page to lay out the values (issue #16).
 */
export async function watchSteps(tabId: number, frameIds: number[], watch: StepWatch): Promise<void> {
  await Promise.all(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, { type: 'content.steps', ...watch }).catch(() => undefined)),
  );
}

/** "Keep filling this application": remember the sender tab's site (once). */
export async function keepFillingSite(repo: Repository, url: string | undefined): Promise<void> {
  const host = url ? new URL(url).hostname : '';
  const settings = await repo.getSettings();
  if (!host || keepsFilling(settings, host)) return;
  await repo.setSettings({ keepFillingSites: [...(settings.keepFillingSites ?? []), host] });
}
