// @vitest-environment happy-dom
/**
 * The popup's first paint (issue #16): the shell draws the current profile's name from the stored list, or no
 * name at all without one; and what the person does in it before the app takes over is not lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paintShell, readStoredProfileList, startShell, takeOverShell } from '../../../components/popup/shell';
import { mountPopup } from '../../../components/popup/mount';
import { usePopupStore } from '../../../stores/popup';
import { PROFILE_LIST_KEY } from '../../../lib/messaging/cached-profile-list';
import { popupAddress, POPUP_PAGE } from '../../../lib/settings/popup-address';
import type { ProfileListEntry } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { OKONKWO } from '../../fixtures/profile-okonkwo';
import { until } from './until';
import { MIRA, OTHER } from './list-entries';
const ONLY_MIRA = { profiles: [MIRA], profilePerSite: {} };

type Message = { type: string } & Record<string, unknown>;

describe('the popup shell', () => {
  const received: Message[] = [];
  let listAnswer: { profiles: ProfileListEntry[]; profilePerSite?: Record<string, string> };
  const initial = usePopupStore.getState();
  let root: HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    usePopupStore.setState(initial, true);
    received.length = 0;
    listAnswer = { profiles: [MIRA, OTHER] };
    document.body.replaceChildren();
    delete document.documentElement.dataset.shell;
    location.hash = '';
    root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, active: true }] as never);
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const m = message as Message;
      received.push(m);
      const answers: Record<string, unknown> = {
        'profile.list': { ok: true, ...listAnswer },
        'settings.set': { ok: true, settings: DEFAULT_SETTINGS },
        'profile.get': { ok: true, profile: OKONKWO, documents: [] },
        'settings.get': { ok: true, settings: DEFAULT_SETTINGS },
        'fill.tab': { ok: true, total: 1, filled: [], skipped: [] },
        'profile.export': { ok: true, data: '' },
      };
      sendResponse(answers[m.type] ?? { ok: false, error: `unexpected ${m.type}` });
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('paints the active profile of the stored list', async () => {
    await fakeBrowser.storage.local.set({ [PROFILE_LIST_KEY]: { profiles: [OTHER, MIRA], profilePerSite: {} } });
    await startShell('');
    await until(() => document.documentElement.dataset.shell === 'painted');
    expect(root.querySelector('h1')?.textContent).toBe('Mira Okonkwo');
    expect(root.querySelector('header p')?.textContent).toBe('University of Westmarch');
    expect(root.querySelector('button.primary')?.textContent).toBe('Fill this page');
    expect(performance.getEntriesByName('vitae-interactive').length).toBeGreaterThan(0);
  });

  /** Put `list` in the popup's address as the background does for the toolbar button. */
  const openedAt = (list: unknown) => (location.hash = popupAddress(list as never).slice(POPUP_PAGE.length) || 'list=');

  it('paints the list in its address at once, without asking storage or the tab', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    // Storage names someone else: the address is what the shell paints from.
    await fakeBrowser.storage.local.set({
      [PROFILE_LIST_KEY]: { profiles: [OTHER, { ...MIRA, active: false }], profilePerSite: {} },
    });
    get.mockClear();
    openedAt({ profiles: [OTHER, MIRA], profilePerSite: {} });
    const started = startShell('');
    // Drawn in the script's own task, before anything is awaited.
    expect(root.querySelector('h1')?.textContent).toBe('Mira Okonkwo');
    await started;
    await until(() => document.documentElement.dataset.shell === 'painted');
    expect(performance.getEntriesByName('vitae-interactive').length).toBeGreaterThan(0);
    expect(get).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
  });

  it('asks for the tab at once when the list in its address has a profile for some site', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 42, active: true, url: 'https://jobs.example.com/apply' },
    ] as never);
    openedAt({ profiles: [MIRA, OTHER], profilePerSite: { 'jobs.example.com': 'p2' } });
    await startShell('');
    expect(root.querySelector('h1')?.textContent).toBe('Mira O.');
    expect(root.querySelector('.site-profile')?.textContent).toContain('“Industry” profile on jobs.example.com');
  });

  it('does not trust a list in its address that is not a valid one, and reads storage instead', async () => {
    await fakeBrowser.storage.local.set({ [PROFILE_LIST_KEY]: ONLY_MIRA });
    for (const hash of [
      '#list=%7Bnot%20json',
      '#list=' + encodeURIComponent(JSON.stringify({ profiles: [{ ...OTHER, active: false }], profilePerSite: {} })),
      '#other',
    ]) {
      location.hash = hash;
      root.replaceChildren();
      await startShell('');
      expect(root.querySelector('h1')?.textContent).toBe('Mira Okonkwo');
    }
  });

  it('shows no name without a stored list, or with one it cannot trust', async () => {
    expect(await readStoredProfileList()).toBeUndefined();
    await fakeBrowser.storage.local.set({
      [PROFILE_LIST_KEY]: { profiles: [{ ...MIRA, active: false }], profilePerSite: {} },
    });
    expect(await readStoredProfileList()).toBeUndefined();
    paintShell(root, undefined);
    expect(root.querySelector('h1')?.textContent).toBe('Vitae');
    expect(root.textContent).not.toContain('Mira');
  });

  it('hands a Fill click, the chosen section and the typed search to the app', () => {
    paintShell(root, ONLY_MIRA);
    root.querySelector<HTMLButtonElement>('button.primary')?.click();
    expect(root.querySelector('button.primary')?.textContent).toBe('Filling…');
    root.querySelector<HTMLButtonElement>('#tab-bios')?.click();
    const search = root.querySelector<HTMLInputElement>('#search');
    if (!search) throw new Error('no search box');
    search.value = 'orcid';
    search.focus();
    const state = takeOverShell(root);
    expect(state).toEqual({ list: ONLY_MIRA, tab: 'bios', query: 'orcid', searchFocused: true, fillRequested: true });
    expect(root.querySelector('main')).toBeNull();
  });

  it('is replaced by the app, which fills the tab the person clicked Fill on', async () => {
    paintShell(root, ONLY_MIRA);
    root.querySelector<HTMLButtonElement>('button.primary')?.click();
    mountPopup(root);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelector('main[data-shell]')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Mira Okonkwo');
    await until(() => received.find((m) => m.type === 'fill.tab'));
    expect(received.find((m) => m.type === 'fill.tab')).toMatchObject({ tabId: 42 });
    // The list from the background replaces the stored one: the switcher appears with both profiles.
    await until(() => root.querySelector('select[aria-label="Profile"]'));
  });

  it('names the profile Fill will use on the tab’s site, says so, and lets the person change it', async () => {
    const perSite = { 'jobs.example.com': 'p2' };
    listAnswer = { profiles: [MIRA, OTHER], profilePerSite: perSite };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 42, active: true, url: 'https://eu.jobs.example.com/apply' },
    ] as never);
    await fakeBrowser.storage.local.set({ [PROFILE_LIST_KEY]: { profiles: [MIRA, OTHER], profilePerSite: perSite } });
    await startShell('');
    await until(() => document.documentElement.dataset.shell === 'painted');
    expect(root.querySelector('h1')?.textContent).toBe('Mira O.');
    expect(root.querySelector('.site-profile')?.textContent).toBe(
      'Fill uses your “Industry” profile on jobs.example.com.',
    );
    expect(root.querySelector('select')?.getAttribute('aria-label')).toBe('Profile for jobs.example.com');
    expect(root.querySelector('select')?.value).toBe('p2');

    mountPopup(root);
    expect(root.querySelector('main[data-shell]')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Mira O.');
    expect(root.querySelector('.site-profile')?.textContent).toContain('“Industry” profile on jobs.example.com');
    await until(() => usePopupStore.getState().listLoaded);
    expect(root.querySelector('h1')?.textContent).toBe('Mira O.');

    // Choosing the academic profile here changes this site's profile, not the active one.
    const select = root.querySelector('select');
    if (!select) throw new Error('no profile selector');
    select.value = 'p1';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => received.find((m) => m.type === 'settings.set'));
    expect(received.find((m) => m.type === 'settings.set')).toMatchObject({
      settings: { profilePerSite: { 'jobs.example.com': 'p1' } },
    });
    expect(received.some((m) => m.type === 'profile.activate')).toBe(false);
  });

  it('does not ask for the tab when no site has a profile of its own', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await fakeBrowser.storage.local.set({ [PROFILE_LIST_KEY]: { profiles: [MIRA, OTHER], profilePerSite: {} } });
    await startShell('');
    await until(() => document.documentElement.dataset.shell === 'painted');
    expect(root.querySelector('h1')?.textContent).toBe('Mira Okonkwo');
    expect(root.querySelector('.site-profile')).toBeNull();
    expect(query).not.toHaveBeenCalled();
  });

  it('hands a profile chosen in the shell to the app', async () => {
    paintShell(root, { profiles: [MIRA, OTHER], profilePerSite: {} });
    const select = root.querySelector('select');
    if (!select) throw new Error('no profile selector');
    select.value = 'p2';
    mountPopup(root);
    await until(() => received.find((m) => m.type === 'profile.activate'));
    expect(received.find((m) => m.type === 'profile.activate')).toMatchObject({ profileId: 'p2' });
  });
});
