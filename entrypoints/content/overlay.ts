/**
 * The one host every piece of Vitae's UI in a page lives in (the Highlighter's boxes, badges and toasts, and the
 * confirm-before-fill panel): a zero-size `vitae-overlay` element whose inline styles the page cannot override, with
 * a closed shadow root, so the page's CSS cannot reach the UI and the page's scripts cannot read it.
 */
export function overlayHost(style: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('vitae-overlay');
  for (const [prop, value] of [
    ['position', 'absolute'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['z-index', '2147483647'],
    ['display', 'block'],
    ['pointer-events', 'none'],
  ] as const) {
    host.style.setProperty(prop, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  // A constructed sheet is not subject to the page's style-src CSP; <style> is the fallback.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const el = document.createElement('style');
    el.textContent = style;
    root.append(el);
  }
  return { host, root };
}

/** A button of the overlay. */
export function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}
