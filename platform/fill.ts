/**
 * fill.tab: inject the content script into every frame of the tab, collect, classify in the background (the
 * profile never enters the page), and send each frame only the values it fills.
 * Initial version; issue #4 brings the full pipeline.
 */
import type { FillTabResponse } from '../lib/messaging/protocol';
import type { Repository } from './repository';

export function fillTab(_repo: Repository, request: { tabId: number }): Promise<FillTabResponse> {
  return Promise.resolve({ ok: false, error: `Filling is not available yet (tab ${request.tabId})` });
}

export function undoTab(_tabId: number): Promise<{ ok: true; restored: number }> {
  return Promise.resolve({ ok: true, restored: 0 });
}
