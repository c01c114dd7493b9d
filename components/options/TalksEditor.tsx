/** Invited and contributed talks. */
import { newId } from '../../lib/profile/create';
import type { Talk } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Talk>[] = [
  { key: 'title', label: 'Title', kind: 'text', required: true },
  { key: 'event', label: 'Event', kind: 'text' },
  { key: 'location', label: 'Location', kind: 'text' },
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'invited', label: 'Invited talk', kind: 'checkbox' },
];

export function TalksEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="talks"
      title="Talks"
      noun="talk"
      itemLabel={(t) => t.title}
      newItem={() => ({ id: newId('tlk'), title: '', invited: false })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('talks', index, patch)} />
      )}
    />
  );
}
