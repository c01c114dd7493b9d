/** Research interests, keywords and skills: short phrases, one per line. */
import { useOptionsStore } from '../../stores/options';
import { TextField } from './fields';

type TopicList = 'interests' | 'keywords' | 'skills';
const LISTS: { key: TopicList; label: string; hint: string }[] = [
  { key: 'interests', label: 'Research interests', hint: 'One per line: "Human-computer interaction"' },
  { key: 'keywords', label: 'Keywords', hint: 'One per line; reviewer forms often ask for these' },
  { key: 'skills', label: 'Skills', hint: 'One per line' },
];

const toLines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function TopicsEditor() {
  const profile = useOptionsStore((s) => s.profile);
  const updateProfile = useOptionsStore((s) => s.updateProfile);
  return (
    <section aria-label="Interests, keywords and skills">
      <div class="field-grid">
        {LISTS.map((list) => (
          <TextField
            key={list.key}
            label={list.label}
            multiline
            hint={list.hint}
            value={profile?.[list.key].join('\n')}
            onCommit={(text) => updateProfile((p) => ({ ...p, [list.key]: toLines(text) }))}
          />
        ))}
      </div>
    </section>
  );
}
