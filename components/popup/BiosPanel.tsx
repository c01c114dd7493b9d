import { useMemo, useState } from 'preact/hooks';
import { draftBioReport, type BioPerson } from '../../lib/format/bio';
import { BioDraftControls } from '../BioDraftControls';
import { biosDefaultFirst } from '../../lib/format/bios';
import { usePopupStore } from '../../stores/popup';
import { CopyButton, Counts } from './CopyButton';

/**
 * The stored bios with counts, the default bio (Settings.defaultBioId) first, and a draft from the structured
 * profile that can be saved as a bio.
 */
export function BiosPanel() {
  const profile = usePopupStore((s) => s.profile);
  const defaultBioId = usePopupStore((s) => s.defaultBioId);
  const saveBio = usePopupStore((s) => s.saveBio);
  const [words, setWords] = useState<number>(100);
  const [person, setPerson] = useState<BioPerson>('third');
  const report = useMemo(
    () => (profile ? draftBioReport(profile, { words, person }) : undefined),
    [profile, words, person],
  );
  const generated = report?.text ?? '';
  const [edited, setEdited] = useState<{ from: string; text: string } | undefined>();
  const draft = edited && edited.from === generated ? edited.text : generated;
  if (!profile) return <p class="muted">Loading…</p>;
  return (
    <section aria-label="Bios">
      {profile.bios.length === 0 && <p class="muted">No stored bios yet: save a draft below.</p>}
      <ul class="cards">
        {biosDefaultFirst(profile.bios, defaultBioId).map((bio) => (
          <li key={bio.id} class="card">
            <div class="row spread">
              <strong>
                {bio.name}
                {bio.id === defaultBioId && <span class="muted small"> (default)</span>}
              </strong>
              <span class="muted small">{bio.person} person</span>
            </div>
            <p class="clamp">{bio.text}</p>
            <div class="row spread">
              <Counts text={bio.text} />
              <CopyButton text={bio.text} what={`bio “${bio.name}”`} />
            </div>
          </li>
        ))}
      </ul>
      <fieldset class="card">
        <legend>Draft from your profile</legend>
        <BioDraftControls words={words} person={person} onWords={setWords} onPerson={setPerson} />
        <label class="visually-hidden" for="bio-draft">
          Draft bio
        </label>
        {report?.short && <p class="muted small">{report.short}</p>}
        <textarea
          id="bio-draft"
          rows={6}
          value={draft}
          onInput={(e) => setEdited({ from: generated, text: e.currentTarget.value })}
        />
        <div class="row spread">
          <Counts text={draft} />
          <span class="row">
            <button
              type="button"
              disabled={!draft}
              onClick={() => void saveBio({ name: `Draft ${words} words (${person})`, person, text: draft })}
            >
              Save as bio
            </button>
            <CopyButton text={draft} what="bio draft" />
          </span>
        </div>
      </fieldset>
    </section>
  );
}
