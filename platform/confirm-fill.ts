/**
 * Settings.confirmBeforeFill (issue #17): a step between plan and apply. Every frame about to be filled is
 * collected and planned as the fill will plan it, the page shows the list (field and value) in Vitae's overlay, and
 * nothing is written unless the person presses "Fill". Rows that "Add another" presses bring in are named by the
 * button, their values planned when the rows exist.
 */
import { browser } from 'wxt/browser';
import { classifyPage } from '../lib/engine/classify';
import { planFill } from '../lib/engine/plan';
import type { PageDescription } from '../lib/engine/types';
import { kindLabel } from '../lib/fields/kinds';
import { fieldLabel } from '../lib/format/fill-report';
import { expandFields } from '../lib/messaging/compact-fields';
import type { Profile } from '../lib/profile/schema';
import type { EngineContext } from './fill';
import { sendToFrame } from './messaging';
import { stepValue } from './step-value';

export interface PreviewItem {
  label: string;
  value: string;
}

/** What a fill of this frame would write now, in the person's words. */
async function previewFrame(
  tabId: number,
  frameId: number,
  profile: Profile,
  context: EngineContext,
): Promise<PreviewItem[]> {
  const described = await sendToFrame(tabId, frameId, { type: 'content.collect' });
  if (!described || !Array.isArray(described.fields)) return [];
  const page: PageDescription = { ...described, fields: expandFields(described.fields) };
  const byId = new Map(page.fields.map((f) => [f.id, f]));
  const decisions = classifyPage(page, { rules: context.rules });
  const { steps } = planFill(page, decisions, profile, {
    documents: context.documents,
    overwrite: context.overwrite,
    ...(context.publicationStyle ? { publicationStyle: context.publicationStyle } : {}),
  });
  return steps.map((step) => {
    const field = byId.get(step.fieldId);
    const named = (field && fieldLabel(field)) ?? kindLabel(step.kind);
    return step.action === 'click-add'
      ? { label: `Press “${named}”`, value: '' }
      : { label: `${named}:`, value: stepValue(step) };
  });
}

/**
 * Show the preview in the top frame (or the first frame filled) and wait for the person. True: fill (or there is
 * nothing to write). False: they cancelled, or no frame could show the question; then nothing is written.
 */
export async function confirmedByPerson(
  tabId: number,
  frameIds: readonly number[],
  profile: Profile,
  context: EngineContext,
): Promise<boolean> {
  const items: PreviewItem[] = [];
  for (const frameId of frameIds) items.push(...(await previewFrame(tabId, frameId, profile, context)));
  const asked = frameIds.includes(0) ? 0 : frameIds[0];
  if (items.length === 0) return true;
  if (asked === undefined) return false;
  // Only now, with the setting on, does the panel's code reach the page (entrypoints/confirm-panel).
  const target = { tabId, frameIds: [asked] };
  const [answer] = await browser.scripting
    .executeScript({ target, files: ['/confirm-panel.js'] })
    .then(() =>
      browser.scripting.executeScript({
        target,
        func: (shown: PreviewItem[]) =>
          (globalThis as { vitaeConfirm?: (items: PreviewItem[]) => Promise<boolean> }).vitaeConfirm?.(shown) ?? false,
        args: [items],
      }),
    )
    .catch(() => []);
  return answer?.result === true;
}
