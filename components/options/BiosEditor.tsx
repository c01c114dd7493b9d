/** Short and long bios, in first or third person. */
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

export function BiosEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="bios"
      title="Bios"
      noun="bio"
      itemLabel={(b) => b.name}
      newItem={() => ({ id: newId('bio'), name: 'Short bio', person: 'third', text: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('bios', index, patch)} />
      )}
    />
  );
}
