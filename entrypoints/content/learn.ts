/**
 * "Remember for this site" in the page (issue #7). After a fill the background names the fields whose edits may
 * teach a rule; this watches them for the person's own edits only (trusted `change` and `focusout`: Vitae's writes,
 * its undo and the page's scripts dispatch untrusted events), asks the background whether the new value is a
 * profile fact, and shows its offer next to the field, in the overlay's closed shadow root. The background answers
 * with a kind's label, never a value, and decides everything a rule holds.
 */
import type { BackgroundRequest, LearnOffer } from '../../lib/messaging/protocol';
import type { Highlighter } from './highlight';
import { button } from './overlay';

export type AskBackground = (
  message: BackgroundRequest<'rules.suggest' | 'rules.learn' | 'fill.step'>,
) => Promise<unknown>;

interface Watched {
  id: string;
  /** The value last seen (after the fill, or last asked about): an edit is a change from it. */
  value: string;
  busy?: boolean;
  /** Answered (remembered or "Not now"): no more offers for this field in this fill. */
  done?: boolean;
}

const OFFER_MS = 20_000;

/** What the person sees in the field: a select's chosen option, a box's text. */
function shownValue(el: Element): string {
  if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text.trim() ?? '';
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
}

export class CorrectionWatcher {
  readonly #watched = new Map<Element, Watched>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** While an offer is shown: the page-wide key that takes the keyboard to it (removed with the offer). */
  #offerKey: ((event: KeyboardEvent) => void) | undefined;
  readonly #onEdit = (event: Event) => {
    const el = event.currentTarget as Element;
    const w = this.#watched.get(el);
    if (w && event.isTrusted) void this.#check(el, w);
  };

  readonly #overlay: Highlighter;
  readonly #ask: AskBackground;

  constructor(overlay: Highlighter, ask: AskBackground) {
    this.#overlay = overlay;
    this.#ask = ask;
  }

  /** Watch these fields (id → element) of the fill that just ended, besides those of its earlier rounds. */
  watch(fields: [string, Element][]): number {
    for (const [id, el] of fields) {
      if (this.#watched.has(el)) continue;
      this.#watched.set(el, { id, value: shownValue(el) });
      for (const type of ['change', 'focusout']) el.addEventListener(type, this.#onEdit);
    }
    return this.#watched.size;
  }

  /** A new fill or an undo: what was watched belongs to a fill that is over. */
  reset(): void {
    for (const el of this.#watched.keys()) {
      for (const type of ['change', 'focusout']) el.removeEventListener(type, this.#onEdit);
    }
    this.#watched.clear();
    this.#hide();
  }

  async #check(el: Element, w: Watched): Promise<void> {
    const value = shownValue(el);
    if (w.busy || w.done || value === w.value) return;
    w.value = value;
    w.busy = true;
    const answer = (await this.#ask({ type: 'rules.suggest', fieldId: w.id, value }).catch(() => null)) as {
      offer?: LearnOffer | null;
    } | null;
    w.busy = false;
    if (answer?.offer && this.#watched.get(el) === w) this.#show(el, w, answer.offer);
  }

  #show(el: Element, w: Watched, offer: LearnOffer): void {
    const ignore = offer.target === 'ignore';
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    const label = document.createElement('b');
    label.textContent = offer.label;
    text.append(...(ignore ? ['Vitae: leave this field alone'] : ['Vitae: remember this field as ', label]));
    text.append(` on ${offer.site}?`);
    const dismiss = () => {
      w.done = true;
      this.#hide();
    };
    const accept = async () => {
      w.done = true;
      const answer = (await this.#ask({ type: 'rules.learn', fieldId: w.id, target: offer.target }).catch(
        () => null,
      )) as { ok?: boolean } | null;
      box.textContent = answer?.ok ? `Remembered for ${offer.site}.` : 'Vitae could not remember this field.';
      this.#later(3_000);
    };
    const yes = button(ignore ? 'Leave alone' : 'Remember', () => void accept());
    // The offer appears as the person leaves the field, so focus is already on the next one and the offer sits at
    // the end of the tab order: Alt+Shift+R takes the keyboard to it, without stealing focus unasked.
    const hint = document.createElement('small');
    hint.textContent = 'Alt+Shift+R';
    box.append(text, yes, button('Not now', dismiss), hint);
    box.addEventListener('keydown', (e) => e.key === 'Escape' && dismiss());
    this.#overlay.showOffer(box, el);
    this.#offerKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.code !== 'KeyR') return;
      e.preventDefault();
      e.stopPropagation();
      clearTimeout(this.#timer); // Someone reading it: it no longer hides by itself.
      yes.focus();
    };
    window.addEventListener('keydown', this.#offerKey, true);
    this.#later(OFFER_MS);
  }

  #later(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#hide(), ms);
  }

  #hide(): void {
    clearTimeout(this.#timer);
    if (this.#offerKey) window.removeEventListener('keydown', this.#offerKey, true);
    this.#offerKey = undefined;
    this.#overlay.hideOffer();
  }
}
