/** How Vitae fills, where it never acts, its shortcut, defaults, wiping data, and what leaves the machine. */
import { useId } from 'preact/hooks';
import type { PublicationStyle } from '../../lib/format/publication-style';
import type { Settings } from '../../lib/settings/settings';
import { useOptionsStore, NO_ROWS } from '../../stores/options';
import { AllowedFramesSetting } from './AllowedFramesSetting';
import { NeverSitesSetting } from './NeverSitesSetting';
import { KeepFillingSetting } from './KeepFillingSetting';
import { ShortcutSetting } from './ShortcutSetting';
import { WipeDataSetting } from './WipeDataSetting';
import { SelectField } from './fields';
import { PUBLICATION_STYLE_LABELS } from '../../lib/format/publications-select';

/** The popup's styles, the citation styles first (labels from the one table in lib/format). */
const CITATION_STYLES: readonly PublicationStyle[] = [
  'ieee',
  'acm',
  'apa',
  'chicago',
  'plain',
  'markdown',
  'html',
  'bibtex',
];

function RadioGroup<T extends string>(props: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset class="radio-group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} class="checkbox">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsPanel() {
  const settings = useOptionsStore((s) => s.settings);
  const bios = useOptionsStore((s) => s.profile?.bios ?? NO_ROWS);
  const updateSettings = useOptionsStore((s) => s.updateSettings);
  if (!settings) return <p class="muted">Loading settings…</p>;
  const set = (patch: Partial<Settings>) => void updateSettings(patch);

  return (
    <>
      <section aria-labelledby="privacy-title" class="privacy">
        <h3 id="privacy-title">What leaves your machine</h3>
        <p>
          Nothing. Your profile, documents and learned rules are stored in this browser only. Vitae sends no data
          anywhere, has no account and no analytics. Filling a form writes your values into that page, which sends them
          only when you submit it.
        </p>
        <p>
          Vitae makes network requests in two cases only, and only when you ask: <strong>Import from ORCID</strong>{' '}
          fetches the public record of the iD you typed from pub.orcid.org (the record, then the authors of its works),
          and <strong>Import from DBLP</strong> fetches the public publication list of the pid you typed from dblp.org.
          Vitae first asks your browser for permission to contact that one site. The requests carry only that iD or pid:
          no cookies and nothing from your profile. What comes back is shown to you before anything is saved.
        </p>
      </section>
      <section aria-labelledby="filling-title">
        <h3 id="filling-title">Filling</h3>
        <RadioGroup
          legend="Fields that already have a value"
          value={settings.overwrite}
          options={[
            { value: 'empty-only', label: 'Leave them as they are (fill empty fields only)' },
            { value: 'overwrite', label: 'Replace them with my profile' },
          ]}
          onChange={(overwrite) => set({ overwrite })}
        />
        <label class="checkbox">
          <input
            type="checkbox"
            checked={settings.confirmBeforeFill}
            onChange={(e) => set({ confirmBeforeFill: e.currentTarget.checked })}
          />
          Show what will be filled and ask before filling
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={settings.learnCorrections}
            onChange={(e) => set({ learnCorrections: e.currentTarget.checked })}
          />
          Offer to remember corrections: when I change a field Vitae filled or fill one it left empty, ask whether to
          remember it for that site (see <a href="#/rules">Learned site rules</a>)
        </label>
        <RadioGroup
          legend="Mark filled fields with"
          value={settings.highlight}
          options={[
            { value: 'outline', label: 'An outline' },
            { value: 'background', label: 'A tinted background' },
            { value: 'none', label: 'Nothing' },
          ]}
          onChange={(highlight) => set({ highlight })}
        />
      </section>
      <NeverSitesSetting />
      <KeepFillingSetting />
      <AllowedFramesSetting />
      <ShortcutSetting />
      <section aria-labelledby="defaults-title">
        <h3 id="defaults-title">Defaults</h3>
        <div class="field-grid">
          <SelectField
            label="Bio to use when a form asks for one"
            value={settings.defaultBioId}
            options={bios.map((b) => b.id)}
            emptyLabel={bios.length ? 'The first bio' : 'No bios yet (add one under Bios)'}
            describe={(bioId) => bios.find((b) => b.id === bioId)?.name ?? bioId}
            onChange={(defaultBioId) => set({ defaultBioId })}
          />
          <SelectField
            label="Citation style for publication lists"
            value={settings.defaultCitationStyle}
            options={CITATION_STYLES}
            describe={(style) => PUBLICATION_STYLE_LABELS[style]}
            onChange={(style) => set({ defaultCitationStyle: style ?? 'ieee' })}
          />
        </div>
      </section>
      <section aria-labelledby="backup-title">
        <h3 id="backup-title">Import, export and backup</h3>
        <p>
          <a href="#/import">Import a CV, export JSON Resume or BibTeX, back up or restore everything</a>
        </p>
      </section>
      <WipeDataSetting />
    </>
  );
}
