import { useId } from 'preact/hooks';
import { useOptionsStore } from '../../stores/options';

/** Which profile the editor shows (not necessarily the active one; that is chosen in Profiles). */
export function ProfileSwitcher() {
  const id = useId();
  const profiles = useOptionsStore((s) => s.profiles);
  const editing = useOptionsStore((s) => s.profile?.id);
  const loadProfile = useOptionsStore((s) => s.loadProfile);
  if (profiles.length < 2) return null;
  return (
    <div class="profile-switcher">
      <label for={id}>Editing</label>
      <select id={id} value={editing} onChange={(e) => void loadProfile(e.currentTarget.value)}>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
            {p.active ? ' (active)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
