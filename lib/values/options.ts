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

export interface OptionChoice {
  option: FieldOption;
  how: 'exact' | 'normalised' | 'contains' | 'fuzzy';
}

function wordsOf(text: string): string[] {
  return compactText(text).split(' ').filter(Boolean);
}

/** Character bigram Dice similarity, 0..1. */
export function similarity(a: string, b: string): number {
  const x = compactText(a).replace(/ /g, '');
  const y = compactText(b).replace(/ /g, '');
  if (!x || !y) return 0;
  if (x === y) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let overlap = 0;
  for (const [g, n] of gx) overlap += Math.min(n, gy.get(g) ?? 0);
  return (2 * overlap) / Math.max(1, x.length - 1 + y.length - 1);
}

/** True when every word of `needle` occurs as a whole word sequence in `hay`. */
function containsWords(hay: string, needle: string): boolean {
  const h = ` ${wordsOf(hay).join(' ')} `;
  const n = wordsOf(needle).join(' ');
  return n.length > 0 && h.includes(` ${n} `);
}

const NEGATION = /\b(non|not|no|without|never|other than|outside|except|kein|keine|pas|sin|ningun)\b/;

/**
 * Choose the option for any of the candidate values (first candidate is preferred). Undefined when nothing
 * qualifies unambiguously.
 */
export function chooseOption(
  options: readonly FieldOption[],
  candidates: readonly string[],
  fuzzyThreshold = 0.82,
): OptionChoice | undefined {
  const usable = options.filter((o) => !o.disabled && !isPlaceholderOption(o));
  const wanted = candidates.map((c) => c.trim()).filter(Boolean);
  if (!usable.length || !wanted.length) return undefined;
  for (const c of wanted) {
    const hit = usable.find((o) => o.value === c || o.text.trim() === c);
    if (hit) return { option: hit, how: 'exact' };
  }
  for (const c of wanted) {
    const n = compactText(c);
    const hits = usable.filter((o) => compactText(o.text) === n || compactText(o.value) === n);
    if (hits.length === 1 && hits[0]) return { option: hits[0], how: 'normalised' };
  }
  for (const c of wanted) {
    if (compactText(c).length < 3) continue;
    const hits = usable.filter((o) => {
      if (!containsWords(o.text, c)) return false;
      // "United States" must not pick "Non-United States" or "Outside the United States".
      const before = compactText(o.text).split(compactText(c))[0] ?? '';
      return !NEGATION.test(before) && !NEGATION.test(compactText(c)) === !NEGATION.test(compactText(o.text));
    });
    if (hits.length === 1 && hits[0]) return { option: hits[0], how: 'contains' };
  }
  let best: { option: FieldOption; score: number } | undefined;
  let ties = 0;
  for (const o of usable) {
    for (const c of wanted) {
      const score = similarity(o.text, c);
      if (!best || score > best.score + 1e-9) {
        best = { option: o, score };
        ties = 0;
      } else if (Math.abs(score - best.score) < 1e-9 && best.option !== o) ties++;
    }
  }
  if (best && best.score >= fuzzyThreshold && ties === 0) {
    // Negated options are never fuzzy-matched to a plain value.
    if (NEGATION.test(compactText(best.option.text)) !== wanted.some((c) => NEGATION.test(compactText(c))))
      return undefined;
    return { option: best.option, how: 'fuzzy' };
  }
  return undefined;
}
