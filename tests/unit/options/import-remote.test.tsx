// @vitest-environment happy-dom
/**
 * The Import from ORCID / DBLP buttons of the options page when the browser says no: the permission is asked for on
 * the click, a refusal is said plainly, and nothing is fetched or sent to the background.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

const remote = vi.hoisted(() => ({
  requestRemoteAccess: vi.fn<(service: string) => Promise<boolean>>(),
  fetchRemoteRecord: vi.fn(),
}));
// The panel readies the import parser when it opens ('import.prepare', issue #16): that is not an import.
const messaging = vi.hoisted(() => ({ sendToBackground: vi.fn(() => Promise.resolve({ ok: true })) }));
const sentImports = () =>
  messaging.sendToBackground.mock.calls.filter((call: unknown[]) => {
    const type = (call[0] as { type?: string } | undefined)?.type;
    return type !== 'import.prepare';
  });
vi.mock('../../../platform/remote-import', () => remote);
vi.mock('../../../platform/messaging', () => messaging);

const { ImportPanel } = await import('../../../components/options/ImportPanel');

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<ImportPanel />, root));
  const found = <T,>(element: T | null | undefined, what: string): T => {
    if (!element) throw new Error(`no ${what} in the Import panel`);
    return element;
  };
  const input = (label: RegExp) => {
    const labelled = found(
      [...root.querySelectorAll('label')].find((l) => label.test(l.textContent ?? '')),
      `label ${label}`,
    );
    return found(root.querySelector<HTMLInputElement>(`#${CSS.escape(labelled.htmlFor)}`), `field for ${label}`);
  };
  const button = (name: string) =>
    found(
      [...root.querySelectorAll('button')].find((b) => b.textContent === name),
      `button ${name}`,
    );
  const type = async (el: HTMLInputElement, value: string) =>
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return { root, input, button, type };
}

afterEach(() => {
  vi.clearAllMocks();
  document.body.replaceChildren();
});

describe('Import from ORCID or DBLP in the options page', () => {
  it('asks for only the dblp origin, says plainly when it is refused, and imports nothing', async () => {
    remote.requestRemoteAccess.mockResolvedValue(false);
    const { root, input, button, type } = await mount();
    await type(input(/dblp pid/), 'https://dblp.org/pid/999/4417.html');
    await act(async () => {
      button('Import from DBLP').click();
      await Promise.resolve();
    });
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(remote.requestRemoteAccess.mock.calls).toEqual([['dblp']]);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Vitae may not contact dblp.org: the permission was not granted. Nothing was imported.',
    );
    expect(remote.fetchRemoteRecord).not.toHaveBeenCalled();
    expect(sentImports()).toEqual([]);
  });

  it('refuses junk before asking for any permission', async () => {
    const { root, input, button, type } = await mount();
    await type(input(/ORCID iD/), 'Marisol Quenneville');
    await act(() => button('Import from ORCID').click());
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/is not an ORCID iD/);
    expect(remote.requestRemoteAccess).not.toHaveBeenCalled();
  });
});
