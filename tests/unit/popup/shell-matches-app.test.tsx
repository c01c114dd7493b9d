// @vitest-environment happy-dom
/**
 * The popup's first paint is drawn twice: in plain DOM by the shell (components/popup/shell.ts), then by the Preact
 * app that replaces it. A person must not see the popup change under them when the app takes over, so both are
 * rendered here from the same profile list and compared as a person meets them: the name and the lines under it,
 * the profile selector, the search box, the tabs, the Fill button's label and state, its hint, the live region.
 * A change to one without the other fails here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paintShell } from '../../../components/popup/shell';
import { PopupApp } from '../../../components/popup/PopupApp';
import { usePopupStore } from '../../../stores/popup';
import type { CachedProfileList } from '../../../lib/messaging/cached-profile-list';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { OKONKWO } from '../../fixtures/profile-okonkwo';
import { until } from './until';
import { MIRA, OTHER } from './list-entries';

/** What changes what a person sees or hears (ids and data- attributes only wire the shell to the app). */
const SHOWN = [
  'class',
  'role',
  'type',
  'for',
  'placeholder',
  'autocomplete',
  'aria-label',
  'aria-selected',
  'aria-live',
  'aria-controls',
  'aria-labelledby',
  'tabindex',
  'value',
];

/** The tree under `node` as lines: elements with their shown attributes and live state, and their text. */
function asSeen(node: Node, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent?.trim() ?? '';
    return text ? [`${pad}"${text}"`] : [];
  }
  if (!(node instanceof HTMLElement)) return [];
  const attrs = SHOWN.filter((a) => node.hasAttribute(a)).map((a) => `${a}="${node.getAttribute(a) ?? ''}"`);
  // What the controls hold now, whichever way it was set (attribute or property).
  if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) attrs.push(`(value "${node.value}")`);
  if (node instanceof HTMLButtonElement || node instanceof HTMLInputElement || node instanceof HTMLSelectElement)
    attrs.push(node.disabled ? '(disabled)' : '(enabled)');
  if (node instanceof HTMLOptionElement && node.selected) attrs.push('(selected)');
  const tag = node.tagName.toLowerCase();
  return [`${pad}<${[tag, ...attrs].join(' ')}>`, ...[...node.childNodes].flatMap((c) => asSeen(c, depth + 1))];
}

type Message = { type: string } & Record<string, unknown>;

describe('the shell and the app draw the same first screen', () => {
  const initial = usePopupStore.getState();
  let shellRoot: HTMLElement;
  let appRoot: HTMLElement;
  let listAnswer: CachedProfileList;

  beforeEach(() => {
    fakeBrowser.reset();
    usePopupStore.setState(initial, true);
    document.body.replaceChildren();
    shellRoot = document.createElement('div');
    appRoot = document.createElement('div');
    document.body.append(shellRoot, appRoot);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 42, active: true, url: 'https://jobs.example.com/apply' },
    ] as never);
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const m = message as Message;
      const answers: Record<string, unknown> = {
        'profile.list': { ok: true, ...listAnswer },
        'profile.get': { ok: true, profile: OKONKWO, documents: [] },
        'settings.get': { ok: true, settings: DEFAULT_SETTINGS },
      };
      sendResponse(answers[m.type] ?? { ok: false, error: `unexpected ${m.type}` });
      return true;
    });
  });

  afterEach(() => {
    render(null, appRoot);
    vi.restoreAllMocks();
  });

  /** The shell painted from `list` on a page of `host`, and the app's first render with the same. */
  function both(list: CachedProfileList | undefined, host: string | undefined) {
    listAnswer = list ?? { profiles: [MIRA], profilePerSite: {} };
    const shell = paintShell(shellRoot, list, host);
    if (list) usePopupStore.setState({ ...list, host });
    render(<PopupApp />, appRoot);
    const app = appRoot.querySelector('main');
    if (!app) throw new Error('the app drew nothing');
    return { shell: asSeen(shell), app: asSeen(app) };
  }

  it('with one profile', () => {
    const { shell, app } = both({ profiles: [MIRA], profilePerSite: {} }, undefined);
    expect(shell.join('\n')).toContain('"Mira Okonkwo"');
    expect(shell.join('\n')).toContain('"Fill this page"');
    expect(app).toEqual(shell);
  });

  it('with two profiles and the site’s own profile on this tab', () => {
    const { shell, app } = both(
      { profiles: [MIRA, OTHER], profilePerSite: { 'jobs.example.com': 'p2' } },
      'jobs.example.com',
    );
    expect(shell.join('\n')).toContain('"Fill uses your “Industry” profile on jobs.example.com."');
    expect(shell.join('\n')).toContain('aria-label="Profile for jobs.example.com"');
    expect(app).toEqual(shell);
  });

  it('without a stored list', () => {
    const { shell, app } = both(undefined, undefined);
    expect(shell.join('\n')).toContain('"Vitae"');
    expect(app).toEqual(shell);
  });

  it('after a click on Fill in each', () => {
    const list = { profiles: [MIRA], profilePerSite: {} };
    const shell = paintShell(shellRoot, list);
    shell.querySelector<HTMLButtonElement>('button.primary')?.click();
    usePopupStore.setState({ ...list, fill: { status: 'busy' } });
    render(<PopupApp />, appRoot);
    const seen = asSeen(shell);
    expect(seen.join('\n')).toMatch(/<button class="primary" type="button" \(disabled\)>\n\s*"Filling…"/);
    expect(asSeen(appRoot.querySelector('main') ?? appRoot)).toEqual(seen);
  });

  it('and the app still draws it once the background has answered with the same list', async () => {
    const list = { profiles: [MIRA, OTHER], profilePerSite: { 'jobs.example.com': 'p2' } };
    const { shell } = both(list, 'jobs.example.com');
    await until(() => usePopupStore.getState().listLoaded);
    await new Promise((r) => setTimeout(r, 0));
    expect(asSeen(appRoot.querySelector('main') ?? appRoot)).toEqual(shell);
  });
});
