/** Several profiles ("Academic", "Industry"): create, duplicate, rename, delete, choose the active one, per site. */
import { useId, useState } from 'preact/hooks';
import type { ProfileListEntry } from '../../lib/messaging/protocol';
import { requireText } from '../../lib/profile/validate';
import { sendToBackground } from '../../platform/messaging';
import { useOptionsStore } from '../../stores/options';
import { ProfilePerSite } from './ProfilePerSite';
import { TextField } from './fields';

export function ProfilesPanel() {
  const id = useId();
  const profiles = useOptionsStore((s) => s.profiles);
  const editing = useOptionsStore((s) => s.profile);
  const { loadProfile, refreshProfiles, updateProfile, flushSave, showToast } = useOptionsStore.getState();
  const [newLabel, setNewLabel] = useState('');
  const [confirming, setConfirming] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const afterChange = async (res: { ok: true } | { ok: false; error: string }, thenEdit?: string) => {
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setError(undefined);
    await refreshProfiles();
    if (thenEdit) await loadProfile(thenEdit);
  };

  const create = async (label: string, copyFrom?: string) => {
    await flushSave();
    const res = await sendToBackground({ type: 'profile.create', label, ...(copyFrom ? { copyFrom } : {}) });
    await afterChange(res, res.ok ? res.id : undefined);
    if (res.ok) showToast(`Created profile ${label}; you are now editing it.`);
  };

  const remove = async (profile: ProfileListEntry) => {
    setConfirming(undefined);
    const res = await sendToBackground({ type: 'profile.delete', profileId: profile.id });
    await afterChange(res);
    if (res.ok && editing?.id === profile.id) await loadProfile();
    if (res.ok) showToast(`Deleted profile ${profile.label}.`);
  };

  return (
    <>
      <section aria-labelledby={`${id}-list`}>
        <h3 id={`${id}-list`}>Your profiles</h3>
        <p class="muted">The active profile is the one Vitae fills forms with.</p>
        <ul class="profile-list">
          {profiles.map((p) => (
            <li key={p.id} class="row-card" aria-label={p.label}>
              <div class="row-tools">
                <strong class="row-title">
                  {p.label}
                  {p.active && <span class="badge">active</span>}
                  {editing?.id === p.id && <span class="badge">editing</span>}
                </strong>
                <span class="muted">{[p.name, p.affiliation].filter(Boolean).join(', ')}</span>
              </div>
              <div class="button-row">
                {editing?.id !== p.id && (
                  <button type="button" onClick={() => void loadProfile(p.id)} aria-label={`Edit ${p.label}`}>
                    Edit
                  </button>
                )}
                {!p.active && (
                  <button
                    type="button"
                    aria-label={`Make ${p.label} the active profile`}
                    onClick={() =>
                      void sendToBackground({ type: 'profile.activate', profileId: p.id }).then((res) =>
                        afterChange(res),
                      )
                    }
                  >
                    Make active
                  </button>
                )}
                <button
                  type="button"
                  aria-label={`Duplicate ${p.label}`}
                  onClick={() => void create(`${p.label} (copy)`, p.id)}
                >
                  Duplicate
                </button>
                {confirming === p.id ? (
                  <span role="group" aria-label={`Confirm deleting ${p.label}`} class="confirm">
                    Delete “{p.label}” with its publications and documents?{' '}
                    <button type="button" class="danger" onClick={() => void remove(p)}>
                      Yes, delete {p.label}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    class="danger"
                    aria-label={`Delete ${p.label}`}
                    disabled={profiles.length < 2}
                    title={profiles.length < 2 ? 'The last profile cannot be deleted' : undefined}
                    onClick={() => setConfirming(p.id)}
                  >
                    Delete…
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      {editing && (
        <section aria-labelledby={`${id}-rename`}>
          <h3 id={`${id}-rename`}>Rename the profile you are editing</h3>
          <TextField
            label="Profile name"
            value={editing.label}
            warning={requireText(editing.label, 'The profile name')}
            onCommit={(label) => {
              if (!label) return;
              updateProfile((p) => ({ ...p, label }));
              void flushSave().then(refreshProfiles);
            }}
          />
        </section>
      )}
      <section aria-labelledby={`${id}-new`}>
        <h3 id={`${id}-new`}>New profile</h3>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const label = newLabel.trim();
            if (!label) return;
            setNewLabel('');
            void create(label);
          }}
        >
          <div class="field">
            <label for={`${id}-new-label`}>Name of the new profile</label>
            <input
              id={`${id}-new-label`}
              value={newLabel}
              placeholder="Industry"
              onInput={(e) => setNewLabel(e.currentTarget.value)}
            />
          </div>
          <button type="submit" disabled={!newLabel.trim()}>
            Create empty profile
          </button>
        </form>
      </section>
      <ProfilePerSite />
    </>
  );
}
