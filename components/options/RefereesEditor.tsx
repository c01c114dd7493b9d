/** People who write your letters. */
import { newId } from '../../lib/profile/create';
import type { Referee } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Referee>[] = [
  { key: 'name', label: 'Name', kind: 'text', required: true },
  { key: 'title', label: 'Title', kind: 'text', hint: 'Professor of …' },
  { key: 'institution', label: 'Institution', kind: 'text' },
  { key: 'email', label: 'Email', kind: 'email' },
  { key: 'phone', label: 'Phone', kind: 'phone' },
  { key: 'relation', label: 'Relation to you', kind: 'text', hint: 'PhD advisor, collaborator…' },
];

export function RefereesEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="referees"
      title="Referees"
      noun="referee"
      itemLabel={(r) => r.name}
      newItem={() => ({ id: newId('ref'), name: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('referees', index, patch)} />
      )}
    />
  );
}
