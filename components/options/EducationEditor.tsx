/** Degrees, with advisors and thesis. */
import { newId } from '../../lib/profile/create';
import type { Education } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Education>[] = [
  { key: 'degree', label: 'Degree', kind: 'text', required: true, hint: 'As written: Ph.D., M.Sc., B.A.' },
  { key: 'field', label: 'Field of study', kind: 'text' },
  { key: 'institution', label: 'Institution', kind: 'text', required: true },
  { key: 'institutionDomain', label: 'Institution web domain', kind: 'text' },
  { key: 'city', label: 'City', kind: 'text' },
  { key: 'country', label: 'Country', kind: 'country', hint: 'Two-letter code' },
  { key: 'advisors', label: 'Advisors', kind: 'lines', hint: 'One name per line' },
  { key: 'thesisTitle', label: 'Thesis title', kind: 'text' },
  { key: 'start', label: 'Start', kind: 'date' },
  { key: 'end', label: 'End', kind: 'end-date' },
];

export function EducationEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="education"
      title="Education"
      noun="degree"
      itemLabel={(e) => [e.degree, e.institution].filter(Boolean).join(', ')}
      newItem={() => ({ id: newId('edu'), degree: '', institution: '', advisors: [] })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('education', index, patch)} />
      )}
    />
  );
}
