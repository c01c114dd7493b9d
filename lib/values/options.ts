/**
 * Choosing an `<option>` (or listbox option) for a value: exact value or text first, then normalised text,
 * then whole-word containment or fuzzy similarity only when exactly one option qualifies. Word boundaries keep
 * "no" from matching "not" and "US" from matching "Non-US"; placeholders ("Select…", "--") are never chosen.
 */
import type { FieldOption } from '../fields/option';
import { compactText } from './normalise';

const PLACEHOLDER =
  /^(|-+|—+|\.+|select|select one|select an? option|please select|choose|choose one|choose an option|pick one|none selected|bitte wahlen|auswahlen|selectionner|choisir|seleccione|selecciona|elija|请选择|選択してください)$/;

export function isPlaceholderOption(option: FieldOption): boolean {
  const text = compactText(option.text);
  if (PLACEHOLDER.test(text)) return true;
  if (/^(-+ ?)?(please )?(select|choose)\b/.test(text) && option.value.trim() === '') return true;
  return option.value.trim() === '' && text.length < 30 && /select|choose|wahlen|selectionn|seleccion/.test(text);
}

export interface OptionChoice<T extends FieldOption = FieldOption> {
  option: T;
  how: 'exact' | 'normalised' | 'contains' | 'fuzzy';
}

/** Character bigram Dice similarity, 0..1. */
export function similarity(a: string, b: string): number {
  const x = compactText(a).replace(/ /g, '');
  const y = compactText(b).replace(/ /g, '');
  if (!x || !y) return 0;
  if (x === y) return 1;
  const grams = (s: string) => Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2));
  const left = grams(x);
  let overlap = 0;
  for (const gram of grams(y)) {
    const at = left.indexOf(gram);
    if (at >= 0) {
      overlap++;
      left.splice(at, 1);
    }
  }
  return (2 * overlap) / Math.max(1, x.length + y.length - 2);
}

const NEGATION = /\b(non|not|no|without|never|other than|outside|except|kein|keine|pas|sin|ningun)\b/;
const negated = (text: string) => NEGATION.test(text);

/**
 * Choose the option for any of the candidate values (first candidate is preferred). Undefined when nothing
 * qualifies unambiguously. The one matcher for `<select>` options (the planner) and custom dropdowns and
 * comboboxes (the content script, which passes each option element's text as its text and value): a negated
 * option ("Non-United States", "Outside the United States") is never taken for a plain value.
 */
export function chooseOption<T extends FieldOption>(
  options: readonly T[],
  candidates: readonly string[],
  fuzzyThreshold = 0.82,
): OptionChoice<T> | undefined {
  const usable = options.filter((o) => !o.disabled && !isPlaceholderOption(o));
  const wanted = candidates.map((c) => c.trim()).filter(Boolean);
  for (const c of wanted) {
    const hit = usable.find((o) => o.value === c || o.text.trim() === c);
    if (hit) return { option: hit, how: 'exact' };
  }
  // Then the first candidate that exactly one option means, by normalised text, by its words inside the option's
  // ("ETH Zurich" in "Swiss Federal Institute of Technology Zurich (ETH Zurich)"), and by a close spelling.
  const unique = (how: OptionChoice['how'], means: (text: string, value: string, c: string) => boolean) => {
    for (const c of wanted.map(compactText)) {
      const hits = usable.filter((o) => {
        const text = compactText(o.text);
        // "United States" must not pick "Non-United States": negated on one side only is never a match.
        return negated(text) === negated(c) && means(text, compactText(o.value), c);
      });
      if (hits.length === 1 && hits[0]) return { option: hits[0], how };
    }
    return undefined;
  };
  return (
    unique('normalised', (text, value, c) => text === c || value === c) ??
    unique('contains', (text, _, c) => c.length >= 3 && ` ${text} `.includes(` ${c} `)) ??
    unique('fuzzy', (text, _, c) => similarity(text, c) >= fuzzyThreshold)
  );
}
