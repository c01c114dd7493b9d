import { validateHost } from '../../lib/profile/validate';
import { useOptionsStore, NO_ROWS } from '../../stores/options';
import { TextField } from './fields';

const toHosts = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean);

/** Sites where Vitae never acts, one host per line. */
export function NeverSitesSetting() {
  const neverSites = useOptionsStore((s) => s.settings?.neverSites ?? NO_ROWS);
  const updateSettings = useOptionsStore((s) => s.updateSettings);
  return (
    <section aria-labelledby="never-title">
      <h3 id="never-title">Sites where Vitae never acts</h3>
      <TextField
        label="Hosts, one per line"
        multiline
        hint="e.g. bank.example.com or *.example.com"
        value={neverSites.join('\n')}
        validate={(text) => {
          for (const host of toHosts(text)) {
            const error = validateHost(host);
            if (error) return `${host}: ${error}`;
          }
          return undefined;
        }}
        onCommit={(text) => void updateSettings({ neverSites: toHosts(text) })}
      />
    </section>
  );
}
