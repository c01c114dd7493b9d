/** Reviewing, programme committees, editing and organising. */
import { newId } from '../../lib/profile/create';
import { SERVICE_ROLES, VENUE_KINDS, type Service } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Service>[] = [
  { key: 'role', label: 'Role', kind: 'select', options: SERVICE_ROLES, required: true },
  { key: 'venue', label: 'Venue', kind: 'text', required: true, hint: 'e.g. NeurIPS, TOCHI' },
  { key: 'venueKind', label: 'Venue kind', kind: 'select', options: VENUE_KINDS, required: true },
  { key: 'start', label: 'From', kind: 'date' },
  { key: 'end', label: 'To', kind: 'end-date' },
  { key: 'note', label: 'Note', kind: 'text' },
];

export function ServiceEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="service"
      title="Service"
      noun="service entry"
      itemLabel={(s) => [s.role.replace(/-/g, ' '), s.venue].filter(Boolean).join(', ')}
      newItem={() => ({ id: newId('svc'), role: 'reviewer', venue: '', venueKind: 'conference' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('service', index, patch)} />
      )}
    />
  );
}
