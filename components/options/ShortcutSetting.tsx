import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const isFirefox = () => navigator.userAgent.includes('Firefox');

/** The "fill this page" shortcut and where to change it (the browser's own page; links cannot open it). */
export function ShortcutSetting() {
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'fill-page')?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, []);

  const openShortcutPage = async () => {
    try {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    } catch (e) {
      setError(`The browser did not open its shortcut page (${e instanceof Error ? e.message : String(e)}).`);
    }
  };

  return (
    <section aria-labelledby="shortcut-title">
      <h3 id="shortcut-title">Keyboard shortcut</h3>
      <p>
        Fill this page:{' '}
        {shortcut ? <kbd>{shortcut}</kbd> : shortcut === '' ? <em>no shortcut set</em> : <span class="muted">…</span>}
      </p>
      {isFirefox() ? (
        <p class="muted">
          To change it, open the Add-ons Manager (about:addons), click the gear menu and choose “Manage Extension
          Shortcuts”.
        </p>
      ) : (
        <>
          <p class="muted">
            Browsers let you change extension shortcuts only on their own page (chrome://extensions/shortcuts), which a
            link cannot open; this button opens it in a new tab.
          </p>
          <button type="button" onClick={() => void openShortcutPage()}>
            Change the shortcut…
          </button>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
