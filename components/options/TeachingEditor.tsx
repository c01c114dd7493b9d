/** Courses taught or assisted. */
import { newId } from '../../lib/profile/create';
import { TEACHING_ROLES, type Teaching } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Teaching>[] = [
  { key: 'role', label: 'Role', kind: 'select', options: TEACHING_ROLES, required: true },
  { key: 'courseCode', label: 'Course code', kind: 'text' },
  { key: 'title', label: 'Course title', kind: 'text', required: true },
  { key: 'institution', label: 'Institution', kind: 'text' },
  { key: 'term', label: 'Term', kind: 'text', hint: 'As written: Spring 2024' },
  { key: 'year', label: 'Year', kind: 'year' },
];

export function TeachingEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="teaching"
      title="Teaching"
      noun="course"
      itemLabel={(t) => [t.courseCode, t.title].filter(Boolean).join(' ')}
      newItem={() => ({ id: newId('tch'), role: 'instructor', title: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('teaching', index, patch)} />
      )}
    />
  );
}
