/** How Vitae fills, where it never acts, its shortcut, defaults, wiping data, and what leaves the machine. */
import type { ComponentChildren } from 'preact';
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

type ChoiceSetting = 'overwrite' | 'highlight';
type YesNoSetting = { [K in keyof Settings]-?: Settings[K] extends boolean ? K : never }[keyof Settings];

/** The settings chosen from a few options: what the group asks, and each option in words. */
const CHOICES: { [K in ChoiceSetting]: { legend: string; options: readonly { value: Settings[K]; label: string }[] } } =
  {
    overwrite: {
      legend: 'Fields that already have a value',
      options: [
        { value: 'empty-only', label: 'Leave them as they are (fill empty fields only)' },
        { value: 'overwrite', label: 'Replace them with my profile' },
      ],
    },
    highlight: {
      legend: 'Mark filled fields with',
      options: [
        { value: 'outline', label: 'An outline' },
        { value: 'background', label: 'A tinted background' },
        { value: 'none', label: 'Nothing' },
      ],
    },
  };

/** One setting's value and the way to change it, for a control bound to that key. */
function useSetting<K extends keyof Settings>(name: K): [Settings[K] | undefined, (value: Settings[K]) => void] {
  const value = useOptionsStore((s) => s.settings?.[name]);
  const updateSettings = useOptionsStore((s) => s.updateSettings);
  return [value, (next) => void updateSettings({ [name]: next })];
}

function SettingChoice<K extends ChoiceSetting>({ name }: { name: K }) {
  const id = useId();
  const [value, set] = useSetting(name);
  const { legend, options } = CHOICES[name];
  return (
    <fieldset class="radio-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="checkbox">
          <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => set(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function SettingCheckbox({ name, children }: { name: YesNoSetting; children: ComponentChildren }) {
  const [checked, set] = useSetting(name);
  return (
    <label class="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => set(e.currentTarget.checked)} />
      {children}
    </label>
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
        <SettingChoice name="overwrite" />
        <SettingCheckbox name="confirmBeforeFill">Show what will be filled and ask before filling</SettingCheckbox>
        <SettingCheckbox name="learnCorrections">
          Offer to remember corrections: when I change a field Vitae filled or fill one it left empty, ask whether to
          remember it for that site (see <a href="#/rules">Learned site rules</a>)
        </SettingCheckbox>
        <SettingChoice name="highlight" />
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
