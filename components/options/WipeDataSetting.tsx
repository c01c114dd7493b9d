import { useId, useState } from 'preact/hooks';
import { sendToBackground } from '../../platform/messaging';
import { reloadAfterImport } from './ImportPanel';

/** Delete every profile, document, rule and setting; the person types DELETE first. */
export function WipeDataSetting() {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  const wipe = async () => {
    const res = await sendToBackground({ type: 'data.wipe', confirm: 'DELETE' });
    if (!res.ok) {
      setMessage({ ok: false, text: res.error });
      return;
    }
    setTyped('');
    await reloadAfterImport();
    setMessage({ ok: true, text: 'All Vitae data was deleted. You now have one empty profile.' });
  };

  return (
    <section aria-labelledby={`${id}-title`} class="danger-zone">
      <h3 id={`${id}-title`}>Delete all data</h3>
      <p>
        Deletes every profile, publication, document, learned rule and setting from this browser. This cannot be undone;
        download a backup first (Import and export).
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed === 'DELETE') void wipe();
        }}
      >
        <div class="field">
          <label for={`${id}-confirm`}>Type DELETE to confirm</label>
          <input
            id={`${id}-confirm`}
            value={typed}
            autoComplete="off"
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="danger" disabled={typed !== 'DELETE'}>
          Delete all data
        </button>
      </form>
      {message && (
        <p role="status" class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
