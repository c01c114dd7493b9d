/**
 * Each step as it appears (issue #18). Workday and other single-page applications swap in their next step on "Save
 * and Continue" without a navigation. After a fill, the page is watched: when most of the fields it had are gone and
 * new ones have appeared, it is a new step, and Vitae either fills it (the person chose "Keep filling this
 * application" for the site) or offers to, in the page and through the fill shortcut. A row the person adds, a
 * listbox that opens, a field that appears beside the others, is the same step. Watching ends with the page.
 */
import { FIELD_SELECTOR } from './collect';
import type { Highlighter } from './highlight';
import { button } from './overlay';

/** The rendered form fields of the document (display: none and detached ones have no boxes). */
function formFields(): Element[] {
  return Array.from(document.querySelectorAll(FIELD_SELECTOR)).filter((el) => el.getClientRects().length > 0);
}

/**
 * A watcher: `arm(keepFilling, shortcut)` starts watching from the page as it is (at the end of every fill), `stop()`
 * ends it. `fill(keepFilling)` asks the background to fill this tab, and to keep filling this site's steps.
 */
export function stepWatcher(highlighter: Highlighter, fill: (keepFilling: boolean) => void) {
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let snapshot: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    clearTimeout(snapshot);
    observer?.disconnect();
  };
  const act = (keepFilling: boolean) => () => {
    highlighter.hideToast();
    fill(keepFilling);
  };
  const arm = (keepFilling: boolean, shortcut = '') => {
    stop();
    // The page as the fill left it, taken just after the fill has answered: on a long form the layout it reads
    // costs seconds, which the person's fill.tab need not wait for (issue #16).
    // (A check comes 400 ms after a change at the earliest, so always after it.)
    let before: Element[] = [];
    let known = new WeakSet<Element>();
    snapshot = setTimeout(() => {
      before = formFields();
      known = new WeakSet(before);
    }, 0);
    const check = () => {
      const kept = before.filter((el) => el.isConnected).length;
      if (!formFields().some((el) => !known.has(el)) || kept * 2 > before.length) return;
      stop();
      if (keepFilling) return fill(false);
      const bar = document.createElement('div');
      bar.append(
        'Vitae: a new step of this form',
        button(`Fill it ${shortcut}`, act(false)),
        button('Keep filling this application', act(true)),
        button('Not now', () => highlighter.hideToast()),
      );
      highlighter.showBar(bar);
    };
    // The page settles before it is judged: a step renders in several passes.
    observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  };
  return { arm, stop };
}
