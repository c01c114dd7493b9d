/** Advisors, advisees and close colleagues, for conflict-of-interest lists. */
import { newId } from '../../lib/profile/create';
import { RELATION_KINDS, type Relation } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Relation>[] = [
  { key: 'name', label: 'Name', kind: 'text', required: true },
  { key: 'relation', label: 'Relation', kind: 'select', options: RELATION_KINDS, required: true },
  { key: 'institution', label: 'Institution', kind: 'text' },
  { key: 'email', label: 'Email', kind: 'email' },
  { key: 'start', label: 'Since', kind: 'date' },
  { key: 'end', label: 'Until', kind: 'end-date' },
];

export function RelationsEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="relations"
      title="Relations"
      noun="person"
      itemLabel={(r) => r.name}
      newItem={() => ({ id: newId('rel'), name: '', relation: 'coauthor' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('relations', index, patch)} />
      )}
    />
  );
}
