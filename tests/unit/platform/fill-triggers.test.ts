import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const listeners: Record<string, Listener[]> = {};
const created: unknown[] = [];
const event = (name: string) => ({ addListener: (l: Listener) => (listeners[name] ??= []).push(l) });

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { lastError: undefined },
    contextMenus: { create: (props: unknown) => created.push(props), onClicked: event('menu') },
    commands: { onCommand: event('command') },
    tabs: { query: () => Promise.resolve([{ id: 42 }]) },
  },
}));

const { createFillPageMenu, listenForFillTriggers, FILL_PAGE_MENU_ID } =
  await import('../../../platform/fill-triggers');

describe('the shortcut and the page context menu run the same fill', () => {
  beforeEach(() => {
    for (const key of Object.keys(listeners)) delete listeners[key];
    created.length = 0;
  });

  it('offers "Fill this page with Vitae" on pages', () => {
    createFillPageMenu();
    expect(created).toEqual([{ id: FILL_PAGE_MENU_ID, title: 'Fill this page with Vitae', contexts: ['page'] }]);
  });

  it('fills the clicked tab from the menu and ignores other menu items', () => {
    const fill = vi.fn(() => Promise.resolve());
    listenForFillTriggers(fill);
    listeners.menu!.forEach((l) => l({ menuItemId: 'vitae-insert-snippet' }, { id: 7 }));
    expect(fill).not.toHaveBeenCalled();
    listeners.menu!.forEach((l) => l({ menuItemId: FILL_PAGE_MENU_ID }, { id: 7 }));
    expect(fill).toHaveBeenCalledWith(7);
  });

  it('fills the active tab on the fill-page shortcut', async () => {
    const fill = vi.fn(() => Promise.resolve());
    listenForFillTriggers(fill);
    listeners.command!.forEach((l) => l('fill-page', { id: 9 }));
    listeners.command!.forEach((l) => l('other-command', { id: 9 }));
    listeners.command!.forEach((l) => l('fill-page', undefined));
    await vi.waitFor(() => expect(fill).toHaveBeenCalledTimes(2));
    expect(fill.mock.calls).toEqual([[9], [42]]);
  });
});
