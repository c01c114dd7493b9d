/**
 * Who may be filled: a field a person cannot see is never filled (honeypots are hidden fields named like real ones).
 * The rules follow Bitwarden's baseline: display/visibility, opacity below 0.1 (accumulated over ancestors), clipping,
 * size under 4 px, outside the document, covered at its centre (elementFromPoint), inside aria-hidden or inert;
 * plus disabled and read-only.
 */
import type { FieldControl } from '../../lib/engine/types';
import { composedParent } from './dom';
import type { LabelIndex } from './labels';
import { comboboxControl, dropZoneOf } from './widget-values';

interface AncestorInfo {
  opacity: number;
  clipped: boolean;
  ariaHidden: boolean;
  inert: boolean;
  /** Intersection of the rectangles of ancestors that clip their overflow (page coordinates), if any. */
  clipRect: { left: number; top: number; right: number; bottom: number } | null;
}

/** What the root of the composed tree gives its children: nothing hidden. */
const VISIBLE: AncestorInfo = { opacity: 1, clipped: false, ariaHidden: false, inert: false, clipRect: null };

const MIN_SIZE = 4;
const MIN_OPACITY = 0.1;

function clipHides(style: CSSStyleDeclaration): boolean {
  const clip = style.clip;
  if (clip && clip !== 'auto' && (style.position === 'absolute' || style.position === 'fixed')) {
    const nums = clip.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    if (nums.length === 4) {
      const [top, right, bottom, left] = nums as [number, number, number, number];
      if (right - left <= 1 || bottom - top <= 1) return true;
    }
  }
  const clipPath = style.clipPath;
  if (clipPath && clipPath !== 'none') {
    if (/inset\(\s*(50|100)%/.test(clipPath) || /circle\(\s*0(px)?\s*(at|\))/.test(clipPath)) return true;
  }
  return false;
}

/** Per-collect cache of what ancestors contribute; the walk is shared by all fields under the same ancestors. */
export class VisibilityChecker {
  readonly #cache = new Map<Element, AncestorInfo>();
  readonly #docWidth: number;
  readonly #docHeight: number;
  readonly #overlayHost: Element | null;
  readonly #labelsOf: (el: Element) => readonly Element[];
  readonly #scrollToTest: boolean;
  readonly #styleOf: (el: Element) => CSSStyleDeclaration;
  readonly #layout: boolean;

  /**
   * `scrollToTest`: hit-test fields outside the viewport by scrolling to them (see coveredReason). A hit test costs
   * in proportion to the page's size, so doing it for every field of a long form is quadratic: the collect tests
   * only what is in view, and the write-time check (the fields about to be filled) scrolls to test the rest.
   */
  constructor(
    overlayHost: Element | null,
    labelsOf: (el: Element) => readonly Element[],
    scrollToTest = false,
    styleOf: (el: Element) => CSSStyleDeclaration = (el) => getComputedStyle(el),
    /**
     * False for a document that is never laid out (a parsed page under happy-dom in the engine's tests): there every
     * box is 0×0 at the origin, so the box checks (size, position, clipping, hit test) say nothing and are skipped;
     * the CSS and ARIA ones still apply.
     */
    layout = true,
  ) {
    this.#overlayHost = overlayHost;
    this.#labelsOf = labelsOf;
    this.#scrollToTest = scrollToTest;
    this.#styleOf = styleOf;
    this.#layout = layout;
    const root = document.documentElement;
    this.#docWidth = Math.max(root.scrollWidth, document.body?.scrollWidth ?? 0, innerWidth);
    this.#docHeight = Math.max(root.scrollHeight, document.body?.scrollHeight ?? 0, innerHeight);
  }

  #info(el: Element): AncestorInfo {
    const cached = this.#cache.get(el);
    if (cached) return cached;
    const info = this.#combine(el, this.#styleOf(el), true);
    this.#cache.set(el, info);
    return info;
  }

  /**
   * What `el` adds to its parent's verdict. `asAncestor` false for the box being checked itself: its own overflow
   * clips its content, not itself (its rectangle intersected with itself is itself), so that rectangle is not read,
   * and the verdict is not cached (no field's check reads it again unless it is an ancestor, then it is computed
   * as one). The style is passed in so the box's computed style is read once per check.
   */
  #combine(el: Element, style: CSSStyleDeclaration, asAncestor: boolean): AncestorInfo {
    const parent = composedParent(el);
    const base: AncestorInfo = parent ? this.#info(parent) : VISIBLE;
    const own = Number.parseFloat(style.opacity);
    const opacity = own === 1 ? base.opacity : base.opacity * (own || (style.opacity === '0' ? 0 : 1));
    let clipRect = base.clipRect;
    if (asAncestor && this.#layout && parent) {
      const overflow = style.overflow;
      if (overflow && !overflow.startsWith('visible')) {
        const r = el.getBoundingClientRect();
        const rect = {
          left: r.left + scrollX,
          top: r.top + scrollY,
          right: r.right + scrollX,
          bottom: r.bottom + scrollY,
        };
        clipRect = clipRect
          ? {
              left: Math.max(clipRect.left, rect.left),
              top: Math.max(clipRect.top, rect.top),
              right: Math.min(clipRect.right, rect.right),
              bottom: Math.min(clipRect.bottom, rect.bottom),
            }
          : rect;
      }
    }
    const clipped = base.clipped || clipHides(style);
    const ariaHidden = base.ariaHidden || el.getAttribute('aria-hidden') === 'true';
    const inert = base.inert || el.hasAttribute('inert');
    // An element that adds nothing (most of a form's wrappers) shares its parent's verdict: no new object per
    // element of a long form.
    if (
      opacity === base.opacity &&
      clipRect === base.clipRect &&
      clipped === base.clipped &&
      ariaHidden === base.ariaHidden &&
      inert === base.inert
    )
      return base;
    return { opacity, clipped, ariaHidden, inert, clipRect };
  }

  /** Why a person cannot see `el` (or `box`, the element that shows it), or null when it is visible. */
  hiddenReason(el: Element, box: Element = el): string | null {
    if (!el.isConnected) return 'not in the document';
    const visibleCss = (box as HTMLElement).checkVisibility?.({
      checkVisibilityCSS: true,
      contentVisibilityAuto: false,
    });
    if (visibleCss === false) return 'hidden (display or visibility)';
    const style = this.#styleOf(box);
    // An element with display: none has no box, which checkVisibility already said false for.
    if (visibleCss === undefined && style.display === 'none') return 'hidden (display: none)';
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'hidden (visibility)';
    const info = this.#cache.get(box) ?? this.#combine(box, style, false);
    if (info.ariaHidden) return 'inside aria-hidden';
    if (info.inert) return 'inside an inert region';
    if (info.opacity < MIN_OPACITY) return 'transparent (opacity below 0.1)';
    if (info.clipped) return 'clipped out of sight';
    if (!this.#layout) return null;
    const r = box.getBoundingClientRect();
    if (r.width < MIN_SIZE || r.height < MIN_SIZE) return 'too small to see (under 4 px)';
    const left = r.left + scrollX;
    const top = r.top + scrollY;
    if (left + r.width <= 0 || top + r.height <= 0 || left >= this.#docWidth || top >= this.#docHeight) {
      return 'outside the page';
    }
    const clip = info.clipRect;
    if (clip) {
      const w = Math.min(clip.right, left + r.width) - Math.max(clip.left, left);
      const h = Math.min(clip.bottom, top + r.height) - Math.max(clip.top, top);
      if (w < MIN_SIZE || h < MIN_SIZE) return 'clipped by its container';
    }
    return this.#coveredReason(el, box, r);
  }

  /** Where the page was scrolled before the first hit test that had to scroll; see restoreScroll. */
  #scrolledFrom: { x: number; y: number } | null = null;

  /**
   * elementFromPoint at the centre. A centre outside the viewport cannot be hit-tested where it is, so the page is
   * scrolled to bring it in (a viewport-sized band at a time, so a long form needs a few scrolls, not one a field)
   * and put back by restoreScroll() before the task ends: nothing is painted in between, so the person sees no
   * movement. A page that cannot scroll there (overflow: hidden) leaves the field untested, as before.
   */
  #coveredReason(el: Element, box: Element, rect: DOMRect): string | null {
    let r = rect;
    // The viewport without its scrollbars: innerWidth/innerHeight include classic (non-overlay) scrollbars, where
    // elementFromPoint hits the root element, so a field under the scrollbar would look covered.
    const { width, height } = this.#viewportSize();
    const outside = (x: number, y: number) => x < 0 || y < 0 || x >= width || y >= height;
    if (outside(r.left + r.width / 2, r.top + r.height / 2)) {
      if (!this.#scrollToTest) return null;
      this.#scrolledFrom ??= { x: scrollX, y: scrollY };
      const bandY = Math.max(1, Math.floor(height * 0.9));
      const bandX = Math.max(1, Math.floor(width * 0.9));
      const cx = r.left + r.width / 2 + scrollX;
      const cy = r.top + r.height / 2 + scrollY;
      const top = cy >= scrollY && cy < scrollY + height ? scrollY : Math.floor(cy / bandY) * bandY;
      const left = cx >= scrollX && cx < scrollX + width ? scrollX : Math.floor(cx / bandX) * bandX;
      window.scrollTo({ left, top, behavior: 'instant' });
      r = box.getBoundingClientRect();
    }
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (outside(x, y)) return null;
    const root = el.getRootNode();
    const scope: DocumentOrShadowRoot = root instanceof ShadowRoot ? root : document;
    const hit = scope.elementFromPoint(x, y);
    if (!hit) return null;
    if (hit === el || hit === box || el.contains(hit) || box.contains(hit)) return null;
    if (this.#overlayHost && (hit === this.#overlayHost || this.#overlayHost.contains(hit))) return null;
    // A label of the field (floating labels sit over their input).
    for (const label of this.#labelsOf(el)) if (label.contains(hit)) return null;
    // The parts of one widget: the placeholder or value text of a combobox sits over its input.
    if (box !== el && box.contains(hit)) return null;
    return 'covered by another element';
  }

  #viewport: { width: number; height: number } | null = null;

  /** Read once per checker: scrolling (the only change a check makes) moves the viewport, it does not resize it. */
  #viewportSize(): { width: number; height: number } {
    if (!this.#viewport) {
      const viewport = window.visualViewport;
      this.#viewport = {
        width: viewport ? viewport.offsetLeft + viewport.width : document.documentElement.clientWidth,
        height: viewport ? viewport.offsetTop + viewport.height : document.documentElement.clientHeight,
      };
    }
    return this.#viewport;
  }

  /** Put the page back where it was if hit tests scrolled it. Call once the collect is done. */
  restoreScroll(): void {
    if (!this.#scrolledFrom) return;
    window.scrollTo({ left: this.#scrolledFrom.x, top: this.#scrolledFrom.y, behavior: 'instant' });
    this.#scrolledFrom = null;
  }
}

export function isDisabled(el: Element): boolean {
  if (el.matches(':disabled')) return true;
  return el.getAttribute('aria-disabled') === 'true';
}

export function isReadOnly(el: Element): boolean {
  // aria-readonly is how a page says "not yours to change" when the element cannot carry `readonly` (radios,
  // checkboxes, custom widgets) and sometimes beside it: either way Vitae keeps out.
  if (el.getAttribute('aria-readonly') === 'true') return true;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.readOnly;
  return false;
}

/**
 * The element a person sees for a field. Checkboxes, radios and file inputs are often hidden behind a styled label
 * or drop zone; then that is what must be visible.
 */
export function visibleBoxOf(el: Element, control: FieldControl): Element {
  if (control === 'combobox') return comboboxControl(el);
  return el;
}

/**
 * Why a person cannot see a field, or null. Styled checkboxes, radios and upload buttons hide the input and show a
 * label or drop zone instead: then that is what must be visible.
 */
export function hiddenFieldReason(
  el: Element,
  control: FieldControl,
  labels: LabelIndex,
  checker: VisibilityChecker,
): string | null {
  const reason = checker.hiddenReason(el, visibleBoxOf(el, control));
  if (!reason || !(el instanceof HTMLInputElement) || !['checkbox', 'radio', 'file'].includes(el.type)) return reason;
  const proxy = el.type === 'file' ? fileProxyOf(el, labels) : (labels.labelsOf(el)[0] ?? null);
  return proxy && !checker.hiddenReason(proxy) ? null : reason;
}

function fileProxyOf(el: HTMLInputElement, labels: LabelIndex): Element | null {
  const label = labels.labelsOf(el)[0];
  if (label) return label;
  return dropZoneOf(el);
}
