/**
 * A field's text, put together in one place (issue #12 item 4): the label sources a person reads, each with how
 * much it is trusted (labelSources), its markup names as words (attributeTexts), the keys site adapters match
 * (fieldKeys), its first label as the page shows it (primaryLabel), and all of its words at once (fieldWords).
 * The classifier, the planner, learned rules' signatures and the site adapters all read a field through these.
 */
import type { FieldDescriptor } from './types';
import type { Shape } from './patterns';
import { attributeWords, normaliseText } from '../values/normalise';

export interface LabelSource {
  text: string;
  raw: string;
  strength: number;
  source: string;
}

export const LABEL_STRENGTH = {
  labelFor: 1,
  labelWrap: 1,
  ariaLabelledBy: 1,
  ariaLabel: 0.97,
  placeholder: 0.93,
  preceding: 0.85,
  precedingAfterLabel: 0.55,
  legend: 0.6,
  description: 0.5,
  attr: 0.8,
  attrAfterLabel: 0.68,
} as const;

export function fieldShape(field: FieldDescriptor): Shape {
  if (field.control === 'select' || field.control === 'listbox-button') return 'select';
  if (field.control === 'combobox') return 'select';
  if (field.control === 'textarea' || field.control === 'contenteditable') return 'textarea';
  if (field.type === 'checkbox') return 'checkbox';
  if (field.type === 'radio') return 'radio';
  if (field.type === 'file') return 'file';
  return 'text';
}

/** The human-readable texts of a field, each with how much it is trusted. */
export function labelSources(field: FieldDescriptor): readonly LabelSource[] {
  const known = labelsOf.get(field);
  if (known) return known;
  const out = readLabelSources(field);
  labelsOf.set(field, out);
  return out;
}

/**
 * A field's label sources and attribute words, worked out once per descriptor: the classifier asks for them
 * for every rule and every neighbour. Descriptors are not changed once collected.
 */
const labelsOf = new WeakMap<FieldDescriptor, readonly LabelSource[]>();
const attributesOf = new WeakMap<FieldDescriptor, readonly { text: string; raw: string }[]>();

function readLabelSources(field: FieldDescriptor): LabelSource[] {
  const out: LabelSource[] = [];
  const add = (raw: string, strength: number, source: string) => {
    const text = normaliseText(withoutExampleAddresses(raw));
    // A long sentence is help text, not a label: trust it less.
    const s = text.length > 60 ? strength * 0.75 : strength;
    if (text && !out.some((o) => o.text === text && o.strength >= s))
      out.push({ text, raw: raw.trim(), strength: s, source });
  };
  const shape = fieldShape(field);
  if (shape === 'radio') {
    // A radio's own label is one answer ("Yes", "Female"); the question is the legend or the text before.
    add(field.ariaLabelledBy, LABEL_STRENGTH.ariaLabelledBy, 'question');
    add(field.legend, 0.95, 'legend');
    add(field.precedingText, LABEL_STRENGTH.preceding, 'question');
    add(field.description, LABEL_STRENGTH.description, 'help text');
    return out;
  }
  add(field.labelFor, LABEL_STRENGTH.labelFor, 'label');
  add(field.labelWrap, LABEL_STRENGTH.labelWrap, 'label');
  add(field.ariaLabelledBy, LABEL_STRENGTH.ariaLabelledBy, 'label');
  add(field.ariaLabel, LABEL_STRENGTH.ariaLabel, 'aria-label');
  const hasLabel = out.length > 0;
  add(placeholderLabel(field.placeholder), LABEL_STRENGTH.placeholder, 'placeholder');
  add(field.precedingText, hasLabel ? LABEL_STRENGTH.precedingAfterLabel : LABEL_STRENGTH.preceding, 'text before');
  if (!out.length) add(field.legend, LABEL_STRENGTH.legend, 'legend');
  // With no label at all, help text (aria-describedby, the title tooltip) is what a person reads as the label,
  // as it is the accessible name's last fallback: trust it like text before the field.
  add(field.description, out.length ? LABEL_STRENGTH.description : LABEL_STRENGTH.preceding, 'help text');
  return out;
}

/** An example address ("name@example.com", "e.g. monalisa@github.com") says "email", whatever its words are. */
const EXAMPLE_ADDRESS = /[^\s@()<>,;:]+@[^\s@()<>,;:]+\.[a-z]{2,}/gi;
/** "e.g. Jane Smith", "ex: 12 Main St", "z.B. Max": a placeholder showing an example of the answer. */
const EXAMPLE_PREFIX =
  /^\s*(e\.? ?g\.?|eg|ex\.?|example|for example|z\. ?b\.?|p\. ?ex\.?|par ex(emple)?\.?|例如|例)\s*[:,]?\s+/i;

function withoutExampleAddresses(text: string): string {
  // Most texts hold no address at all: no '@', nothing to replace, and no regex scan.
  return text.includes('@') ? text.replace(EXAMPLE_ADDRESS, ' email ') : text;
}

/**
 * What a placeholder says about its field: an example address marks an email field; any other example ("e.g.
 * Jane Smith") shows an answer, not a question, and never makes a field a name field.
 */
function placeholderLabel(placeholder: string): string {
  const text = withoutExampleAddresses(placeholder).trim();
  if (text !== placeholder.trim() && !/[a-z]{3}/i.test(text.replace(/\bemail\b|e\.? ?g\.?|example/gi, '')))
    return 'email';
  return EXAMPLE_PREFIX.test(text) ? '' : placeholder;
}

/** Name, id and data-* attribute values as words ("first_name" → "first name"). */
export function attributeTexts(field: FieldDescriptor): readonly { text: string; raw: string }[] {
  const known = attributesOf.get(field);
  if (known) return known;
  const raws = [field.name, field.htmlId, ...Object.values(field.dataAttributes)];
  const out: { text: string; raw: string }[] = [];
  for (const raw of raws) {
    const cleaned = raw.replace(/^value:\s*/, '');
    const text = attributeWords(cleaned);
    if (text && !out.some((o) => o.text === text)) out.push({ text, raw });
  }
  attributesOf.set(field, out);
  return out;
}

/** Keys adapters match against: name, id, and `attr=value` for each data attribute. */
export function fieldKeys(field: FieldDescriptor): string[] {
  const keys = [field.name, field.htmlId].filter(Boolean);
  for (const [k, v] of Object.entries(field.dataAttributes)) keys.push(`${k}=${v}`);
  return keys;
}

/** The field's first label as the page shows it: label, aria, text before it, then placeholder. */
export function primaryLabel(field: FieldDescriptor): string {
  return (
    field.labelFor ||
    field.labelWrap ||
    field.ariaLabelledBy ||
    field.ariaLabel ||
    field.precedingText ||
    field.placeholder
  );
}

/** The texts a person reads for a field, labels first; its help text too when asked. */
export function humanTexts(field: FieldDescriptor, withHelp = false): string[] {
  return [
    field.labelFor,
    field.labelWrap,
    field.ariaLabel,
    field.ariaLabelledBy,
    field.placeholder,
    field.precedingText,
    ...(withHelp ? [field.description] : []),
  ];
}

/** Every text a person reads for the field, normalised and joined: for word tests over the whole field. */
export function fieldWords(field: FieldDescriptor): string {
  return normaliseText(humanTexts(field, true).join(' | '));
}

/** The visible label texts of a field, joined: what a person reads as its name. */
export function labelText(field: FieldDescriptor): string {
  return labelSources(field)
    .map((source) => source.text)
    .join(' ');
}
