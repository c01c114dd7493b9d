/** Prizes, fellowships and honours. */
import { newId } from '../../lib/profile/create';
import type { Award } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Award>[] = [
  { key: 'title', label: 'Title', kind: 'text', required: true },
  { key: 'awarder', label: 'Awarded by', kind: 'text' },
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'end', label: 'Until', kind: 'end-date', hint: 'For fellowships held over a period' },
  { key: 'description', label: 'Description', kind: 'textarea' },
];

export function AwardsEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="awards"
      title="Awards and honours"
      noun="award"
      itemLabel={(a) => a.title}
      newItem={() => ({ id: newId('awd'), title: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('awards', index, patch)} />
      )}
    />
  );
}
