/**
 * The popup's first paint (issue #16), in plain DOM and a few kB: the name and affiliation of the profile Fill will
 * use on the current tab's site, from the profile list the background puts in the popup's address
 * (lib/settings/popup-address.ts) or, without one, keeps in `storage.local` (lib/messaging/cached-profile-list.ts),
 * the profile selector, the search box, the sections and "Fill this page", drawn as the Preact app draws them. It runs as a classic script
 * (entrypoints/popup-shell.ts) because a module script with its imports starts later than a plain one. The app
 * (Preact, Zustand, the browser polyfill) waits for that paint and takes over; what the person did meanwhile (a
 * click on Fill or on a section, a profile chosen, text typed in the search) is read from the shell's DOM and handed
 * to it, so the painted popup already works.
 *
 * Without a list in the address or in storage (first open, or a change of the profiles under way) the header says
 * "Vitae" and the name comes from `profile.list`, as before: a name is never shown from an out-of-date copy.
 */
import { cachedProfileList, PROFILE_LIST_KEY, type CachedProfileList } from '../../lib/messaging/cached-profile-list';
import { listInAddress } from '../../lib/settings/popup-address';
import {
  FILL_HINT,
  FILL_LABEL,
  FILLING_LABEL,
  hostOf,
  popupHeader,
  POPUP_TABS,
  SEARCH_LABEL,
  SEARCH_PLACEHOLDER,
  TAB_LABELS,
  type PopupTab,
} from './sections';

/** What the shell showed and what the person did in it before the app took over. */
export interface ShellState {
  /** The stored profile list the shell painted, when there was a trustworthy one. */
  list?: CachedProfileList;
  /** The current tab's host, when the shell needed it (some site has a profile of its own). */
  host?: string;
  /** A profile the person chose in the shell's selector. */
  switchTo?: string;
  tab: PopupTab;
  query: string;
  searchFocused: boolean;
  fillRequested: boolean;
}

interface ShellApi {
  storage?: { local?: { get: (key: string) => Promise<Record<string, unknown>> } };
  tabs?: { query: (q: { active: boolean; currentWindow: boolean }) => Promise<{ url?: string }[]> };
}

/** The extension API without the polyfill: Firefox's `browser` and Chromium's MV3 `chrome` both answer promises. */
function api(): ShellApi | undefined {
  const g = globalThis as { browser?: ShellApi; chrome?: ShellApi };
  return g.browser ?? g.chrome;
}

/** The profile list as the background last stored it, or undefined when there is none to trust. */
export async function readStoredProfileList(): Promise<CachedProfileList | undefined> {
  try {
    const area = api()?.storage?.local;
    if (!area) return undefined;
    const stored = await area.get(PROFILE_LIST_KEY);
    return cachedProfileList(stored[PROFILE_LIST_KEY]);
  } catch {
    return undefined;
  }
}

/** Whether some site has a profile of its own, so that the name depends on the tab's site. */
function hasSites(list: CachedProfileList): boolean {
  return Object.keys(list.profilePerSite).length > 0;
}

/** The host of the tab the popup was opened on (the page Fill fills). */
export async function currentTabHost(): Promise<string | undefined> {
  try {
    const [tab] = (await api()?.tabs?.query({ active: true, currentWindow: true })) ?? [];
    return hostOf(tab?.url);
  } catch {
    return undefined;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Dispatched on the document once the shell is on screen; `<html data-shell>` says 'reading' while the stored list is
 * read and 'painted' after (shellPainted waits on both).
 */
export const SHELL_PAINTED_EVENT = 'vitae-shell-painted';

/** Draw the popup as the app's first render would, into `root`, for a page of `host`. */
export function paintShell(root: HTMLElement, list: CachedProfileList | undefined, host?: string): HTMLElement {
  const header = popupHeader(list, host);
  const switcher = header.switcher;
  const select =
    switcher &&
    el(
      'select',
      { 'aria-label': switcher.label },
      ...switcher.options.map((o) => {
        const option = el('option', { value: o.value }, o.label);
        option.selected = o.value === switcher.value;
        return option;
      }),
    );
  const tabs = POPUP_TABS.map((tab) => {
    const button = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${tab}`,
        'data-tab': tab,
        'aria-selected': String(tab === 'fill'),
        'aria-controls': 'panel',
        tabindex: tab === 'fill' ? '0' : '-1',
      },
      TAB_LABELS[tab],
    );
    button.addEventListener('click', () => {
      for (const other of tabs) other.setAttribute('aria-selected', String(other === button));
    });
    return button;
  });
  const fill = el('button', { type: 'button', class: 'primary', id: 'shell-fill' }, FILL_LABEL);
  fill.addEventListener('click', () => {
    // The app fills when it takes over (mount.tsx): the click is not lost.
    fill.textContent = FILLING_LABEL;
    fill.disabled = true;
  });
  const main = el(
    'main',
    {
      'data-shell': '',
      ...(list ? { 'data-list': JSON.stringify(list) } : {}),
      ...(host !== undefined ? { 'data-host': host } : {}),
    },
    el(
      'header',
      {},
      el(
        'div',
        { class: 'who' },
        el('h1', {}, header.name),
        el('p', { class: 'muted' }, header.affiliation),
        ...(header.site ? [el('p', { class: 'muted small site-profile' }, header.site.note)] : []),
      ),
      ...(switcher && select
        ? [el('label', {}, el('span', { class: 'visually-hidden' }, switcher.label), select)]
        : []),
    ),
    el(
      'div',
      { class: 'search' },
      el('label', { class: 'visually-hidden', for: 'search' }, SEARCH_LABEL),
      el('input', { id: 'search', type: 'search', placeholder: SEARCH_PLACEHOLDER, autocomplete: 'off' }),
    ),
    el('nav', { role: 'tablist', 'aria-label': 'Sections', class: 'tabs' }, ...tabs),
    el(
      'div',
      { id: 'panel', role: 'tabpanel', 'aria-labelledby': 'tab-fill' },
      el(
        'section',
        { 'aria-label': 'Fill' },
        el('div', { class: 'row' }, fill),
        el('p', { class: 'muted small' }, FILL_HINT),
      ),
    ),
    el('p', { role: 'status', 'aria-live': 'polite', class: 'notice' }),
  );
  root.append(main);
  return main;
}

/**
 * The element the popup draws in, as soon as the parser has reached it: when the document has been parsed
 * ('interactive'), not at DOMContentLoaded, which waits for the page's module scripts to load and run.
 */
function popupRoot(): Promise<HTMLElement> {
  const found = document.getElementById('app');
  if (found) return Promise.resolve(found);
  if (document.readyState !== 'loading') return Promise.resolve(document.body);
  return new Promise((resolve) => {
    const parsed = () => {
      if (document.readyState === 'loading') return;
      document.removeEventListener('readystatechange', parsed);
      resolve(document.getElementById('app') ?? document.body);
    };
    document.addEventListener('readystatechange', parsed);
  });
}

/**
 * The first paint, run from the page's head: add the popup's style sheet (`css`), take the profile list from the
 * popup's address, where the background puts it (lib/settings/popup-address.ts), or else from `storage.local`,
 * draw the shell as soon as the popup's root is parsed, and mark the popup interactive once that frame is painted.
 * With the list in the address and no site of its own, nothing waits for the browser.
 */
export async function startShell(css: string): Promise<void> {
  const flags = document.documentElement.dataset;
  flags.shell = 'reading';
  const fromAddress = listInAddress(location.hash);
  // Without a list in the address, storage is asked before the style sheet is parsed. Only when some site has a
  // profile of its own does the name depend on the page: the tab is asked then, and only then.
  const stored = fromAddress ? undefined : readStoredProfileList();
  const tabHost = fromAddress && hasSites(fromAddress) ? currentTabHost() : undefined;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const list = fromAddress ?? (await stored);
  const host = list && hasSites(list) ? await (tabHost ?? currentTabHost()) : undefined;
  paintShell(document.getElementById('app') ?? (await popupRoot()), list, host);
  requestAnimationFrame(() => {
    // Read by scripts/bench-popup.mjs: the current profile's name and a working Fill button are on screen.
    if (list) performance.mark('vitae-interactive');
    flags.shell = 'painted';
    document.dispatchEvent(new Event(SHELL_PAINTED_EVENT));
  });
}

/** Resolves once the shell is painted; at once when there is no shell (its script did not run). */
export function shellPainted(): Promise<void> {
  if (document.documentElement.dataset.shell !== 'reading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener(SHELL_PAINTED_EVENT, () => resolve(), { once: true }));
}

/** The page whose module scripts are the popup's app (entrypoints/popup-app): not in popup.html, see loadApp. */
export const APP_PAGE = '/popup-app.html';

/**
 * Load the app: the module scripts (and their preloads) that the build wrote into the app's page, once the shell
 * is painted. They are not in popup.html, where they were fetched alongside /popup-shell.js and delayed the first
 * paint; the app's page is asked for only after the paint too, for the same reason.
 */
export async function loadApp(): Promise<void> {
  await shellPainted();
  const response = await fetch(APP_PAGE);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const link of page.querySelectorAll('link[rel="modulepreload"][href]'))
    document.head.append(el('link', { rel: 'modulepreload', href: link.getAttribute('href') ?? '', crossorigin: '' }));
  for (const script of page.querySelectorAll('script[type="module"][src]'))
    document.head.append(el('script', { type: 'module', src: script.getAttribute('src') ?? '', crossorigin: '' }));
}

/** Take the shell out of `root` and say what it showed and what the person did in it. */
export function takeOverShell(root: HTMLElement): ShellState | undefined {
  const main = root.querySelector<HTMLElement>('main[data-shell]');
  if (!main) return undefined;
  const search = main.querySelector<HTMLInputElement>('#search');
  const selected = main.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.dataset.tab;
  let list: CachedProfileList | undefined;
  try {
    list = cachedProfileList(JSON.parse(main.dataset.list ?? 'null'));
  } catch {
    list = undefined;
  }
  const host = main.dataset.host;
  const chosen = main.querySelector<HTMLSelectElement>('header select')?.value;
  const state: ShellState = {
    tab: POPUP_TABS.find((t) => t === selected) ?? 'fill',
    query: search?.value ?? '',
    searchFocused: search !== null && document.activeElement === search,
    fillRequested: main.querySelector<HTMLButtonElement>('#shell-fill')?.disabled === true,
    ...(list ? { list } : {}),
    ...(host !== undefined ? { host } : {}),
    ...(chosen !== undefined && chosen !== popupHeader(list, host).switcher?.value ? { switchTo: chosen } : {}),
  };
  main.remove();
  return state;
}
