/**
 * WXT's ContentScriptContext, reduced to what this script uses: `onInvalidated`, fired when a newer copy of the
 * script starts in the same document (the extension reloaded or updated and fill.tab injected again). wxt.config.ts
 * puts it in place of WXT's own for the content script build only: WXT's carries a location watcher, timers and a
 * logger the script never uses, 3 KB of its 40 KB budget (issue #16). The start event has WXT's name, unique to the
 * extension and the script.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(name: string) {
    const type = `${browser.runtime.id}:${name}:wxt:content-script-started`;
    const id = Math.random();
    document.dispatchEvent(new CustomEvent(type, { detail: id }));
    document.addEventListener(
      type,
      (event) => {
        if ((event as CustomEvent).detail !== id) this.#controller.abort();
      },
      { signal: this.#controller.signal },
    );
  }

  onInvalidated(cb: () => void): void {
    this.#controller.signal.addEventListener('abort', cb);
  }
}
