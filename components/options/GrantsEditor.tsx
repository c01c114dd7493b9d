/** Funding received. */
import { newId } from '../../lib/profile/create';
import type { Grant } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Grant>[] = [
  { key: 'title', label: 'Title', kind: 'text', required: true },
  { key: 'funder', label: 'Funder', kind: 'text' },
  { key: 'amount', label: 'Amount', kind: 'text', hint: 'As written: USD 120,000' },
  { key: 'role', label: 'Role', kind: 'text', hint: 'PI, co-PI…' },
  { key: 'start', label: 'Start', kind: 'date' },
  { key: 'end', label: 'End', kind: 'end-date' },
];

export function GrantsEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="grants"
      title="Grants"
      noun="grant"
      itemLabel={(g) => g.title}
      newItem={() => ({ id: newId('grt'), title: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('grants', index, patch)} />
      )}
    />
  );
}
