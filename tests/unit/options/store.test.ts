import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createHandlers } from '../../../platform/handlers';
import { listenInBackground, sendToBackground } from '../../../platform/messaging';
import { Repository } from '../../../platform/repository';
import { AUTOSAVE_DELAY_MS, createOptionsStore } from '../../../stores/options';

async function stored() {
  const res = await sendToBackground({ type: 'profile.get' });
  if (!res.ok) throw new Error(res.error);
  return res.profile;
}

function savesSent(spy: { mock: { calls: unknown[][] } }): number {
  return spy.mock.calls.filter(([m]) => (m as { type?: string }).type === 'profile.save').length;
}

describe('the options store', () => {
  beforeAll(() => {
    listenInBackground(createHandlers(new Repository()));
  });
  let store: ReturnType<typeof createOptionsStore>;
  beforeEach(async () => {
    store = createOptionsStore();
    await store.getState().loadProfile();
  });

  it('autosaves an edit once after a pause, coalescing quick successive edits', async () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage');
    const { updateProfile } = store.getState();
    updateProfile((p) => ({ ...p, name: { ...p.name, given: 'I' } }));
    updateProfile((p) => ({ ...p, name: { ...p.name, given: 'In' } }));
    updateProfile((p) => ({ ...p, name: { ...p.name, given: 'Ines' } }));
    expect(store.getState().saveState).toBe('pending');
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS * 4 });
    expect(savesSent(spy)).toBe(1);
    expect((await stored()).name.given).toBe('Ines');
    spy.mockRestore();
  });

  it('saves at once when flushed (the page is being hidden or closed)', async () => {
    store.getState().updateProfile((p) => ({ ...p, name: { ...p.name, family: 'Marlowe' } }));
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('saved');
    expect((await stored()).name.family).toBe('Marlowe');
  });

  it('keeps a just-added blank email in the editor but does not store it', async () => {
    const { addItem, flushSave } = store.getState();
    addItem('emails', { address: 'ines@uni.example.edu', kind: 'academic', primary: true });
    addItem('emails', { address: '', kind: 'personal', primary: false });
    await flushSave();
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().profile?.emails).toHaveLength(2);
    expect((await stored()).emails.map((e) => e.address)).toEqual(['ines@uni.example.edu']);
  });

  it('reorders rows and brings a removed row back in place with undo', async () => {
    const { addItem, moveItem, removeItem, flushSave } = store.getState();
    for (const title of ['Alpha', 'Beta', 'Gamma']) addItem('awards', { id: title.toLowerCase(), title });
    moveItem('awards', 2, 0);
    expect(store.getState().profile?.awards.map((a) => a.title)).toEqual(['Gamma', 'Alpha', 'Beta']);
    removeItem('awards', 1, 'Alpha');
    expect(store.getState().profile?.awards.map((a) => a.title)).toEqual(['Gamma', 'Beta']);
    expect(store.getState().toast?.message).toBe('Removed Alpha.');
    store.getState().toast?.undo?.();
    await flushSave();
    expect((await stored()).awards.map((a) => a.title)).toEqual(['Gamma', 'Alpha', 'Beta']);
  });

  it('shows a failed save instead of pretending it saved', async () => {
    store.getState().updateProfile((p) => ({ ...p, links: { ...p.links, orcid: 'not an orcid' } }));
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('error');
    expect(store.getState().saveError).toMatch(/ORCID/);
  });
});
