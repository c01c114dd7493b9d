/** Short and long bios, in first or third person, and a draft generated from the rest of the profile (issue #15). */
import { useState } from 'preact/hooks';
import { draftBioReport, type BioPerson } from '../../lib/format/bio';
import { BioDraftControls } from '../BioDraftControls';
import { newId } from '../../lib/profile/create';
import { BIO_PERSONS, type Bio } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Bio>[] = [
  { key: 'name', label: 'Name of this bio', kind: 'text', required: true },
  { key: 'person', label: 'Written in', kind: 'select', options: BIO_PERSONS, required: true },
  { key: 'text', label: 'Text', kind: 'textarea', required: true },
];

/** "Generate from profile": a new bio of the chosen length and person, added to the list to edit. */
function GenerateBio() {
  const profile = useOptionsStore((s) => s.profile);
  const addItem = useOptionsStore((s) => s.addItem);
  const [words, setWords] = useState<number>(100);
  const [person, setPerson] = useState<BioPerson>('third');
  const [note, setNote] = useState('');
  if (!profile) return null;
  const generate = () => {
    const report = draftBioReport(profile, { words, person });
    addItem('bios', {
      id: newId('bio'),
      name: `${words}-word bio (${person} person)`,
      person,
      text: report.text,
    });
    setNote(report.short ?? `Added a ${report.words}-word bio at the end of the list: edit it as you like.`);
  };
  return (
    <div class="generate-bio">
      <BioDraftControls class="field-grid" words={words} person={person} onWords={setWords} onPerson={setPerson} />
      <button type="button" onClick={generate}>
        Generate from profile
      </button>
      <p class="muted" role="status">
        {note}
      </p>
    </div>
  );
}

export function BiosEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="bios"
      title="Bios"
      noun="bio"
      intro={<GenerateBio />}
      itemLabel={(b) => b.name}
      newItem={() => ({ id: newId('bio'), name: 'Short bio', person: 'third', text: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('bios', index, patch)} />
      )}
    />
  );
}
