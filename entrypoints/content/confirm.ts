/**
 * Settings.confirmBeforeFill (issue #17): before the first value is written, the page shows what Vitae is about to
 * fill, field by field, and waits for the person's "Fill" or "Cancel". It lives in the overlay's closed shadow root,
 * so the page's scripts cannot read the values a cancelled fill would have written.
 */
import { button, type Highlighter } from './highlight';

/** Unanswered for this long, the fill is cancelled: nothing is written behind the person's back. */
const WAIT_MS = 5 * 60_000;

export function confirmFill(
  highlighter: Highlighter,
  items: readonly { label: string; value: string }[],
): Promise<boolean> {
  return new Promise((resolve) => {
    const panel = document.createElement('div');
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
      panel.removeEventListener('keydown', onKey);
      highlighter.hidePanel(panel);
      resolve(yes);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') answer(false)();
    };
    const timer = setTimeout(answer(false), WAIT_MS);
    const fill = button('Fill', answer(true));
    fill.className = 'fill';
    const cancel = button('Cancel', answer(false));
    cancel.className = 'cancel';
    const actions = document.createElement('div');
    actions.append(fill, cancel);
    panel.append(title, list, actions);
    panel.addEventListener('keydown', onKey);
    highlighter.showPanel(panel);
    fill.focus();
  });
}
