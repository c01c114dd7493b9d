/**
 * Settings.confirmBeforeFill (issue #17): before the first value is written, the page shows what Vitae is about to
 * fill, field by field, and waits for the person's "Fill" or "Cancel". Injected (entrypoints/confirm-panel/index.ts)
 * only when the setting is on, so the content script injected into every filled frame does not carry it (40 KB
 * budget, issue #16). The panel lives in Vitae's overlay host (content/overlay.ts), in a closed shadow root, so the
 * page's scripts cannot read the values a cancelled fill would have written, and the page's CSS cannot reach it.
 * Leaves nothing behind.
 */
import { button, overlayHost } from '../content/overlay';

export function confirmPanel(items: readonly { label: string; value: string }[]): Promise<boolean> {
  /** Unanswered for this long, the fill is cancelled: nothing is written behind the person's back. */
  const WAIT_MS = 5 * 60_000;
  const STYLE = `
:host{all:initial}
div.panel{pointer-events:auto;position:fixed;right:16px;bottom:16px;box-sizing:border-box;width:360px;max-height:60vh;overflow:auto;padding:12px 14px;border-radius:8px;font:14px/20px system-ui,sans-serif;color:#fff;background:#1f2937;box-shadow:0 4px 16px rgba(0,0,0,.3)}
ul{margin:8px 0;padding-left:18px}
li{overflow-wrap:anywhere}
b{color:#c4b5fd}
button{font:600 14px/20px system-ui,sans-serif;color:#c4b5fd;background:none;border:0;padding:4px 10px;cursor:pointer;border-radius:4px}
button:hover,button:focus-visible{background:rgba(255,255,255,.12);outline:none}
`;
  return new Promise((resolve) => {
    const { host, root } = overlayHost(STYLE);
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Vitae: fill this page?');
    const title = document.createElement('strong');
    title.textContent = `Vitae will fill ${items.length} field${items.length === 1 ? '' : 's'}:`;
    const list = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      const label = document.createElement('b');
      label.textContent = item.label;
      li.append(label, document.createTextNode(item.value ? ` ${item.value}` : ''));
      list.append(li);
    }
    const answer = (yes: boolean) => () => {
      clearTimeout(timer);
      host.remove();
      resolve(yes);
    };
    const timer = setTimeout(answer(false), WAIT_MS);
    const fill = button('Fill', answer(true));
    fill.className = 'fill';
    const cancel = button('Cancel', answer(false));
    cancel.className = 'cancel';
    const actions = document.createElement('div');
    actions.append(fill, cancel);
    panel.append(title, list, actions);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') answer(false)();
    });
    root.append(panel);
    document.documentElement.append(host);
    fill.focus();
  });
}
