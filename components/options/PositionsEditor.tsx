/** Current and past appointments. */
import { newId } from '../../lib/profile/create';
import type { Position } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Position>[] = [
  { key: 'title', label: 'Title', kind: 'text', required: true },
  { key: 'department', label: 'Department', kind: 'text' },
  { key: 'institution', label: 'Institution', kind: 'text', required: true },
  {
    key: 'institutionDomain',
    label: 'Institution web domain',
    kind: 'text',
    hint: 'e.g. cs.example.edu, for conflict-of-interest lists',
  },
  { key: 'city', label: 'City', kind: 'text' },
  { key: 'region', label: 'State / region', kind: 'text' },
  { key: 'country', label: 'Country', kind: 'country', hint: 'Two-letter code' },
  { key: 'start', label: 'Start', kind: 'date' },
  { key: 'end', label: 'End', kind: 'end-date' },
];

export function PositionsEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="positions"
      title="Positions"
      noun="position"
      itemLabel={(p) => [p.title, p.institution].filter(Boolean).join(', ')}
      newItem={() => ({ id: newId('pos'), title: '', institution: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('positions', index, patch)} />
      )}
    />
  );
}
