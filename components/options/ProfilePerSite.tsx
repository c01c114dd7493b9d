/** Optional: use a given profile on a given site (settings.profilePerSite, host → profile id). */
import { useId, useState } from 'preact/hooks';
import { validateHost } from '../../lib/profile/validate';
import { useOptionsStore, NO_ENTRIES } from '../../stores/options';
import { RemovableList } from './RemovableList';

export function ProfilePerSite() {
  const id = useId();
  const profiles = useOptionsStore((s) => s.profiles);
  const perSite = useOptionsStore((s) => s.settings?.profilePerSite ?? NO_ENTRIES);
  const updateSettings = useOptionsStore((s) => s.updateSettings);
  const [host, setHost] = useState('');
  const [profileId, setProfileId] = useState('');
  const hostError = validateHost(host);
  const labelOf = (pid: string) => profiles.find((p) => p.id === pid)?.label ?? 'a deleted profile';

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Profile per site</h3>
      <p class="muted">On these sites Vitae fills with the chosen profile instead of the active one.</p>
      <RemovableList
        items={Object.entries(perSite).map(([site, pid]) => ({
          key: site,
          text: `${site} → ${labelOf(pid)}`,
          removeLabel: `Stop using ${labelOf(pid)} on ${site}`,
          onRemove: () => {
            const next = { ...perSite };
            delete next[site];
            void updateSettings({ profilePerSite: next });
          },
        }))}
      />
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = profileId || profiles[0]?.id;
          if (!host.trim() || hostError || !chosen) return;
          void updateSettings({ profilePerSite: { ...perSite, [host.trim().toLowerCase()]: chosen } });
          setHost('');
        }}
      >
        <div class="field">
          <label for={`${id}-host`}>Site</label>
          <input
            id={`${id}-host`}
            value={host}
            placeholder="apply.example.org"
            aria-invalid={hostError ? true : undefined}
            aria-describedby={hostError ? `${id}-host-error` : undefined}
            onInput={(e) => setHost(e.currentTarget.value)}
          />
          {hostError && (
            <small id={`${id}-host-error`} class="error">
              {hostError}
            </small>
          )}
        </div>
        <div class="field">
          <label for={`${id}-profile`}>Profile</label>
          <select
            id={`${id}-profile`}
            value={profileId || profiles[0]?.id}
            onChange={(e) => setProfileId(e.currentTarget.value)}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!host.trim() || !!hostError}>
          Use on this site
        </button>
      </form>
    </section>
  );
}
