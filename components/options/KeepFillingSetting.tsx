import { useOptionsStore, NO_ROWS } from '../../stores/options';
import { RemovableList } from './RemovableList';

/**
 * Sites where the person chose "Keep filling this application" on a form's next step (issue #18): each step such a
 * page swaps in after a fill is filled as it appears. Added from the page only; listed and removed here.
 */
export function KeepFillingSetting() {
  const sites = useOptionsStore((s) => s.settings?.keepFillingSites ?? NO_ROWS);
  const updateSettings = useOptionsStore((s) => s.updateSettings);
  return (
    <section aria-labelledby="keep-filling-title">
      <h3 id="keep-filling-title">Applications Vitae keeps filling</h3>
      <p class="muted">
        On these sites, once you fill a page, each next step of the form is filled as it appears (choose “Keep filling
        this application” when Vitae offers a new step). Elsewhere Vitae only offers.
      </p>
      <RemovableList
        empty="None."
        items={sites.map((site) => ({
          key: site,
          text: site,
          removeLabel: `Stop filling each step on ${site}`,
          onRemove: () => void updateSettings({ keepFillingSites: sites.filter((s) => s !== site) }),
        }))}
      />
    </section>
  );
}
