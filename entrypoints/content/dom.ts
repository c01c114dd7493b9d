/**
 * Small DOM helpers shared by the collector and the inserter. Everything here runs in the content script's isolated
 * world; nothing is written to the page's own JavaScript world.
 */
import { browser } from 'wxt/browser';

/** Firefox gives content scripts `element.openOrClosedShadowRoot` as a read-only property (not a method). */
type ShadowCapable = Element & { openOrClosedShadowRoot?: ShadowRoot | null | (() => ShadowRoot | null) };

const chromeDom = (browser as unknown as { dom?: { openOrClosedShadowRoot?(el: HTMLElement): ShadowRoot | null } }).dom;

/** The element's shadow root, open or closed (chrome.dom in Chromium, element.openOrClosedShadowRoot in Firefox). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open) return open;
  if (!(el instanceof HTMLElement)) return null;
  const firefox = (el as ShadowCapable).openOrClosedShadowRoot;
  if (typeof firefox === 'function') return firefox.call(el);
  if (firefox) return firefox;
  if (chromeDom?.openOrClosedShadowRoot) {
    try {
      return chromeDom.openOrClosedShadowRoot(el);
    } catch {
      return null;
    }
  }
  return null;
}

/** The parent in the composed tree: across shadow boundaries (a shadow root's parent is its host). */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** Whitespace-collapsed text, capped. */
export function cleanText(text: string | null | undefined, max = 200): string {
  if (!text) return '';
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? collapsed.slice(0, max) : collapsed;
}

const NOT_TEXT = /^(select|textarea|script|style|option)$/;

/**
 * Visible-ish text of an element without the text of form controls inside it (option lists, textarea values): its
 * text nodes in document order. Read through the children directly: a tree walker with a script filter cost several
 * times more on every label, heading and cell of a long form (issue #16).
 */
export function textWithoutControls(el: Element, max = 200): string {
  let out = '';
  const visit = (parent: Node) => {
    for (let node = parent.firstChild; node && out.length < max * 2; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) out += ' ' + (node.nodeValue ?? '');
      else if (node.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.test((node as Element).localName)) visit(node);
    }
  };
  visit(el);
  return cleanText(out, max);
}

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Write a value with the prototype's own setter, bypassing any instance-level override a framework installed
 * (React's value tracker), so that the framework sees the change in the events that follow.
 */
export function setNativeValue(el: ValueElement, value: string): void {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
  if (descriptor?.set) descriptor.set.call(el, value);
  else el.value = value;
}

export function fire(el: Element, type: string): void {
  el.dispatchEvent(new Event(type, { bubbles: true, cancelable: false, composed: true }));
}

export function fireInput(el: Element, data: string | null, inputType = 'insertText'): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

export function fireBeforeInput(el: Element, data: string | null, inputType = 'insertText'): boolean {
  return el.dispatchEvent(
    new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType, data }),
  );
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active) {
    const inner = shadowRootOf(active)?.activeElement;
    if (!inner) break;
    active = inner;
  }
  return active;
}

/**
 * The focus events of a person tabbing into a field, without moving the browser's focus: focus() and blur() lay
 * the whole page out again after every write, which makes filling a long form quadratic. React, Vue, Angular and
 * Knockout listen to these events (React's onFocus/onBlur are focusin/focusout); nothing reads activeElement.
 */
export function announceFocus(el: Element): void {
  el.dispatchEvent(new FocusEvent('focus', { bubbles: false, composed: true }));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

export function announceBlur(el: Element): void {
  el.dispatchEvent(new FocusEvent('blur', { bubbles: false, composed: true }));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** Focus as a person's click would; if the window has no focus the browser skips the events, so send them. */
export function focusLikeUser(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  if (deepActiveElement() !== el) announceFocus(el);
}

export function blurLikeUser(el: HTMLElement): void {
  const hadFocus = deepActiveElement() === el;
  el.blur();
  if (!hadFocus) announceBlur(el);
}

/** The pointer and mouse events of one left click, in the order a real click produces them. */
export function clickLikeUser(el: Element, options: { down?: boolean; up?: boolean } = {}): void {
  const rect = el.getBoundingClientRect();
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
    button: 0,
    view: window,
  };
  const pointer = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  el.dispatchEvent(new PointerEvent('pointerover', pointer));
  el.dispatchEvent(new MouseEvent('mouseover', init));
  el.dispatchEvent(new PointerEvent('pointermove', pointer));
  el.dispatchEvent(new MouseEvent('mousemove', init));
  if (options.down !== false) {
    el.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
    el.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
  }
  if (options.up !== false) {
    el.dispatchEvent(new PointerEvent('pointerup', pointer));
    el.dispatchEvent(new MouseEvent('mouseup', init));
    el.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Poll (each animation-frame-ish tick) until `find` returns something or the time runs out. */
export async function waitFor<T>(find: () => T | null | undefined, timeoutMs = 1_500): Promise<T | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) return null;
    await sleep(25);
  }
}
