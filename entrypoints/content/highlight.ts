/**
 * Show what was filled: a highlight box and a small badge per field (the reason on hover), a toast
 * "Filled N fields · Undo", and the offer to remember a correction next to its field (learn.ts). Everything lives
 * in one closed shadow root, so the page's CSS cannot reach it and its styles cannot leak into the page; the page's
 * scripts cannot read it either.
 */
import { button, overlayHost } from './overlay';

// Written tight (no optional spaces): every byte of the injected script counts (40 KB budget, issue #16).
const STYLE = `
:host{all:initial}
.box{position:absolute;box-sizing:border-box;pointer-events:none;border-radius:3px}
.box.outline{outline:2px solid #7c3aed;outline-offset:1px}
.box.background{background:rgba(124,58,237,0.14);outline:1px solid rgba(124,58,237,0.5)}
.badge{position:absolute;pointer-events:auto;transform:translate(-100%,-60%);max-width:180px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font:600 10px/14px system-ui,sans-serif;color:#fff;background:#7c3aed;border-radius:7px;padding:0 6px;cursor:help}
.toast,.offer{position:fixed;right:16px;bottom:16px;height:40px;box-sizing:border-box;display:flex;align-items:center;gap:12px;padding:0 8px 0 14px;pointer-events:auto;border-radius:8px;font:14px/20px system-ui,sans-serif;color:#fff;background:#1f2937;box-shadow:0 4px 16px rgba(0,0,0,.3)}
.offer{position:absolute;right:auto;bottom:auto;height:auto;width:max-content;max-width:360px;flex-wrap:wrap;gap:0 4px;padding:4px 8px 4px 14px}
b{color:#c4b5fd}
small{font-size:11px;opacity:.75;align-self:center}
button{font:600 14px/20px system-ui,sans-serif;color:#c4b5fd;background:none;border:0;padding:4px 10px;cursor:pointer;border-radius:4px}
button:hover,button:focus-visible{background:rgba(255,255,255,.12);outline:none}
`;

export type HighlightStyle = 'outline' | 'background' | 'none';

interface Marked {
  target: Element;
  box: HTMLElement;
  badge: HTMLElement;
}

export class Highlighter {
  readonly host: HTMLElement;
  readonly #root: ShadowRoot;
  #marked: Marked[] = [];
  #toast: HTMLElement | null = null;
  #offer: HTMLElement | null = null;
  #toastTimer: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  readonly #reposition = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      // Everything read before anything is written: scrollX after a style write would lay the page out again, once
      // per mark.
      const rects = this.#marked.map((m) => m.target.getBoundingClientRect());
      const x = scrollX;
      const y = scrollY;
      this.#marked.forEach((m, i) => this.#place(m, rects[i], x, y));
    });
  };

  constructor() {
    ({ host: this.host, root: this.#root } = overlayHost(STYLE));
  }

  #attach(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  /** Show the offer to remember a correction just below its field, instead of any earlier offer. */
  showOffer(offer: HTMLElement, field: Element): void {
    this.hideOffer();
    const r = field.getBoundingClientRect();
    offer.className = 'offer';
    offer.style.left = `${Math.max(0, r.left + scrollX)}px`;
    offer.style.top = `${r.bottom + scrollY + 4}px`;
    this.#attach();
    this.#root.append(offer);
    this.#offer = offer;
  }

  hideOffer(): void {
    this.#offer?.remove();
    this.#offer = null;
    this.#detachIfEmpty();
  }

  #detachIfEmpty(): void {
    if (!this.#marked.length && !this.#toast && !this.#offer) this.host.remove();
  }

  #place(m: Marked, r: DOMRect | undefined, x: number, y: number): void {
    const hidden = !r || !m.target.isConnected || (r.width === 0 && r.height === 0);
    m.box.hidden = hidden;
    m.badge.hidden = hidden;
    if (hidden) return;
    m.box.style.left = `${r.left + x}px`;
    m.box.style.top = `${r.top + y}px`;
    m.box.style.width = `${r.width}px`;
    m.box.style.height = `${r.height}px`;
    m.badge.style.left = `${r.right + x}px`;
    m.badge.style.top = `${r.top + y}px`;
  }

  /**
   * Mark many fields at once. The marks are placed in the next animation frame, with every rectangle read before
   * anything is written: reading them now would lay the page out again right after the fill's writes, and the
   * person sees nothing before that frame anyway (issue #16: a third of the apply's time at 300 fields).
   */
  markAll(items: { target: Element; label: string; reason: string }[], style: HighlightStyle): void {
    if (items.length === 0) return;
    this.#attach();
    const fragment = document.createDocumentFragment();
    for (const { target, label, reason } of items) {
      const box = document.createElement('div');
      box.className = `box ${style}`;
      const badge = document.createElement('div');
      badge.className = 'badge';
      badge.textContent = label;
      badge.title = reason;
      // Hidden until placed: never drawn at the page's corner for a frame.
      box.hidden = badge.hidden = true;
      fragment.append(box, badge);
      this.#marked.push({ target, box, badge });
    }
    this.#root.append(fragment);
    addEventListener('scroll', this.#reposition, { capture: true, passive: true });
    addEventListener('resize', this.#reposition, { passive: true });
    this.#reposition();
  }

  showToast(filled: number, onUndo: () => void): void {
    this.#attach();
    this.#toast?.remove();
    clearTimeout(this.#toastTimer);
    const toast = document.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = `Filled ${filled} field${filled === 1 ? '' : 's'}`;
    const undo = button('Undo', () => {
      undo.disabled = true;
      onUndo();
    });
    const close = button('×', () => this.hideToast());
    close.setAttribute('aria-label', 'Close');
    toast.append(text, document.createTextNode('·'), undo, close);
    this.#root.append(toast);
    this.#toast = toast;
    this.#toastTimer = setTimeout(() => this.hideToast(), 15_000);
  }

  /** A bar in the toast's place, as the toast (the next-step offer, issue #18). */
  showBar(bar: HTMLElement): void {
    this.hideToast();
    this.#attach();
    bar.className = 'toast';
    bar.setAttribute('role', 'status');
    this.#root.append(bar);
    this.#toast = bar;
  }

  clear(): void {
    for (const m of this.#marked) {
      m.box.remove();
      m.badge.remove();
    }
    this.#marked = [];
    removeEventListener('scroll', this.#reposition, { capture: true });
    removeEventListener('resize', this.#reposition);
    this.hideToast();
  }

  hideToast(): void {
    clearTimeout(this.#toastTimer);
    this.#toast?.remove();
    this.#toast = null;
    this.#detachIfEmpty();
  }

  destroy(): void {
    this.hideOffer();
    this.clear();
    this.host.remove();
  }
}
