/** Internships, industry and visiting roles. */
import { newId } from '../../lib/profile/create';
import type { Experience } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Experience>[] = [
  { key: 'role', label: 'Role', kind: 'text', required: true },
  { key: 'organisation', label: 'Organisation', kind: 'text', required: true },
  { key: 'location', label: 'Location', kind: 'text' },
  { key: 'mentors', label: 'Mentors / advisors', kind: 'lines', hint: 'One name per line' },
  { key: 'project', label: 'Project', kind: 'text' },
  { key: 'start', label: 'Start', kind: 'date' },
  { key: 'end', label: 'End', kind: 'end-date' },
  { key: 'description', label: 'Description', kind: 'textarea' },
];

export function ExperienceEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="experience"
      title="Experience"
      noun="experience"
      itemLabel={(e) => [e.role, e.organisation].filter(Boolean).join(', ')}
      newItem={() => ({ id: newId('exp'), role: '', organisation: '', mentors: [] })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('experience', index, patch)} />
      )}
    />
  );
}
