import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../platform/messaging';
import type { FillTabResponse, ProfileListEntry } from '../../lib/messaging/protocol';

export function PopupApp() {
  const [profile, setProfile] = useState<ProfileListEntry | undefined>();
  const [result, setResult] = useState<FillTabResponse | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void sendToBackground({ type: 'profile.list' }).then((res) => {
      if (res.ok) setProfile(res.profiles.find((p) => p.active));
    });
  }, []);

  async function fill() {
    setBusy(true);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) {
      setResult({ ok: false, error: 'No page to fill.' });
    } else {
      setResult(await sendToBackground({ type: 'fill.tab', tabId: tab.id }));
    }
    setBusy(false);
  }

  return (
    <main style={{ width: '340px', padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 4px' }}>{profile?.name || 'Your profile is empty'}</h1>
      <p class="muted" style={{ margin: '0 0 12px' }}>
        {profile?.affiliation || 'Add your CV in the options page.'}
      </p>
      <button class="primary" onClick={() => void fill()} disabled={busy}>
        Fill this page
      </button>
      {result && (
        <p role="status" class={result.ok ? 'ok' : 'error'}>
          {result.ok ? `Filled ${result.filled.length} fields` : result.error}
        </p>
      )}
    </main>
  );
}
