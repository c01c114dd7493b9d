/** Languages spoken, with proficiency. */
import type { Language } from '../../lib/profile/schema';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';

const FIELDS: FieldSpec<Language>[] = [
  { key: 'language', label: 'Language', kind: 'text', required: true },
  { key: 'proficiency', label: 'Proficiency', kind: 'text', hint: 'Native, fluent, C1…' },
];

export function LanguagesEditor() {
  const updateItem = useOptionsStore((s) => s.updateItem);
  return (
    <ListEditor
      section="languages"
      title="Languages"
      noun="language"
      itemLabel={(l) => l.language}
      newItem={() => ({ language: '' })}
      renderItem={(item, index) => (
        <RecordFields item={item} fields={FIELDS} onChange={(patch) => updateItem('languages', index, patch)} />
      )}
    />
  );
}
