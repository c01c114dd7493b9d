// @vitest-environment happy-dom
/**
 * The popup against a fake background: what a researcher sees after "Fill this page", the bio counts and drafts,
 * keyboard navigation of the sections, and copy on Enter from the search.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { usePopupStore } from '../../stores/popup';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { OKONKWO } from '../fixtures/profile-okonkwo';
import { until } from './popup/until';

type Message = { type: string } & Record<string, unknown>;

const text = () => document.body.textContent ?? '';
const button = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);

describe('the popup', () => {
  const received: Message[] = [];
  let clipboard = '';
  const initial = usePopupStore.getState();

  beforeEach(async () => {
    fakeBrowser.reset();
    usePopupStore.setState(initial, true);
    received.length = 0;
    localStorage.clear();
    // The fake browser's tabs.query does not know windows: answer the active tab of the current window directly.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      {
        id: 42,
        index: 0,
        active: true,
        highlighted: true,
        pinned: false,
        incognito: false,
        windowId: 1,
        url: 'https://review.example.org/signup',
      },
    ] as never);
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const m = message as Message;
      received.push(m);
      const answers: Record<string, unknown> = {
        'profile.list': {
          ok: true,
          profiles: [
            {
              id: 'p-okonkwo',
              label: 'Academic',
              name: 'Mira Okonkwo',
              affiliation: 'University of Westmarch',
              active: true,
            },
          ],
        },
        'profile.get': { ok: true, profile: OKONKWO, documents: [] },
        'settings.get': { ok: true, settings: DEFAULT_SETTINGS },
        'fill.tab': {
          ok: true,
          total: 17,
          filled: Array.from({ length: 14 }, (_, i) => ({
            frameUrl: 'x',
            selector: `#f${i}`,
            field: 'name',
            value: 'v',
          })),
          skipped: [
            {
              selector: '#pos',
              reason: 'no option matches "Ph.D. Candidate"',
              label: 'Position',
              kind: 'position.title',
            },
            {
              selector: '#pw',
              reason: 'left alone: a password (type=password)',
              label: 'Password',
              leftAlone: 'password',
            },
            {
              selector: '#terms',
              reason: 'left alone: a consent or terms checkbox (consent wording)',
              label: 'I accept the terms',
              leftAlone: 'consent',
            },
            { selector: '#trap', reason: 'not fillable (hidden)', label: 'Leave empty', hidden: true },
            { selector: '#gs', reason: 'already has a value', label: 'Google Scholar', kind: 'links.googleScholar' },
          ],
        },
        'fill.undo': { ok: true, restored: 14 },
        'profile.save': { ok: true, updatedAt: '2026-06-15T12:00:00.000Z' },
        'profile.export': { ok: true, data: `[1] exported ${String(m.style)}` },
      };
      sendResponse(answers[m.type] ?? { ok: false, error: `unexpected ${m.type}` });
      return true;
    });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (t: string) => {
          clipboard = t;
          return Promise.resolve();
        },
      },
    });
    document.body.innerText = '';
    const root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp />, root);
    await until(() => document.body.dataset.ready === 'true');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("shows who is filling, fills, tells in the person's words what was skipped and why, and undoes", async () => {
    expect(document.querySelector('h1')?.textContent).toBe('Mira Okonkwo');
    button('Fill this page')?.click();
    // Counted over the fields Vitae could fill: the password, the consent box and the hidden trap are not among them.
    await until(() => text().includes('Filled 14 of 15 fields Vitae could fill'));
    expect(received.find((m) => m.type === 'fill.tab')).toMatchObject({ tabId: 42 });
    expect(text()).toContain('Position (no option matches Ph.D. Candidate)');
    expect(text()).toContain('Left alone on purpose: 2');
    expect(text()).toContain('Password (a password)');
    expect(text()).toContain('I accept the terms (a consent or terms checkbox)');
    expect(text()).toContain('Google Scholar');
    expect(text()).not.toContain('#pos');
    expect(text()).not.toContain('Leave empty');
    button('Undo')?.click();
    await until(() => text().includes('Undone: 14 fields restored'));
    expect(received.find((m) => m.type === 'fill.undo')).toMatchObject({ tabId: 42 });
  });

  it('moves between sections with the arrow keys', async () => {
    const fillTab = document.getElementById('tab-fill')!;
    fillTab.focus();
    fillTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await until(() => document.getElementById('tab-bios')?.getAttribute('aria-selected') === 'true');
    expect(document.activeElement?.id).toBe('tab-bios');
    await until(() => text().includes('14 words · 100 characters'));
  });

  it('saves a bio draft as a bio', async () => {
    usePopupStore.getState().setTab('bios');
    await until(() => button('Save as bio'));
    const draft = (document.getElementById('bio-draft') as HTMLTextAreaElement).value;
    expect(draft.startsWith('Mira Okonkwo is an Assistant Professor')).toBe(true);
    button('Save as bio')?.click();
    const save = await until(() => received.find((m) => m.type === 'profile.save'));
    const bios = (save.profile as typeof OKONKWO).bios;
    expect(bios).toHaveLength(2);
    expect(bios[1]).toMatchObject({ name: 'Draft 100 words (third)', person: 'third', text: draft });
    await until(() => text().includes('Saved as bio “Draft 100 words (third)”'));
  });

  it('asks the background for the formatted list and copies it', async () => {
    usePopupStore.getState().setTab('publications');
    await until(
      () =>
        (document.getElementById('publication-output') as HTMLTextAreaElement | null)?.value === '[1] exported ieee',
    );
    expect(received.find((m) => m.type === 'profile.export')).toMatchObject({ format: 'publications', style: 'ieee' });
    button('Copy IEEE list')?.click();
    await until(() => clipboard === '[1] exported ieee');
    const notice = () => document.querySelector('.notice')?.textContent;
    await until(() => notice() === 'Copied IEEE list');
    // The notice belongs to the Publications tab: it does not follow the person to Bios, and is there on return.
    usePopupStore.getState().setTab('bios');
    await until(() => notice() === '');
    usePopupStore.getState().setTab('publications');
    await until(() => notice() === 'Copied IEEE list');
  });

  it('copies the first search hit on Enter', async () => {
    await until(() => usePopupStore.getState().profile);
    const search = document.getElementById('search') as HTMLInputElement;
    search.value = 'dblp';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => document.querySelector('[role="option"]'));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => clipboard === 'https://dblp.org/pid/123/4567.html');
  });
});
