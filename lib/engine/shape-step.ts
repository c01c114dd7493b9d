/**
 * Step shaping: an answer made into the one action its control takes (a value, an option, a tick, a file), or the
 * reason it cannot be. Also what counts as a field already answered.
 */
import type { FieldDescriptor, FillAction } from './types';
import { chooseOption, isPlaceholderOption } from '../values/options';
import { fitLength } from '../values/fit';
import type { Answer } from './answers/answer';

/** Whether the field already holds an answer: a tick, a chosen option (not the prompt), or text. */
export function hasValue(field: FieldDescriptor): boolean {
  if (field.type === 'checkbox' || field.type === 'radio') return field.checked === true;
  if (field.showsDefault || showsPrompt(field)) return false;
  if (field.control === 'select' || field.control === 'listbox-button') {
    const selected = field.options.find((o) => o.selected);
    // An empty-valued first choice ("Country/Region") is the select's prompt, not an answer.
    if (selected)
      return !isPlaceholderOption(selected) && !(selected.value.trim() === '' && field.options[0] === selected);
  }
  return field.value.trim() !== '';
}

const PROMPT_TYPES: ReadonlySet<string> = new Set(['text', 'email', 'tel', 'search', 'url', '']);

/** Lower case, every run of other than letters and digits one space. */
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A text box whose value is still its markup's and only repeats what the box asks for ("Email" in the
 * `fields[email]` box, a placeholder emulated by onfocus/onblur scripts): a prompt, not an answer.
 */
export function showsPrompt(field: FieldDescriptor): boolean {
  if (!field.markupValue || !PROMPT_TYPES.has(field.type)) return false;
  const value = field.value.trim();
  if (!value || value.length > 40) return false;
  const prompt = words(value).replace(/^(enter|type|your) (your )?/, '');
  if (!prompt) return false;
  return [field.placeholder, field.ariaLabel, field.labelFor, field.labelWrap, field.name, field.htmlId]
    .map(words)
    .some((asks) => asks === prompt || asks.endsWith(` ${prompt}`));
}

/** Facts a person types as they are, never picks from a list: a suggesting box takes them as text. */
export const FREE_TEXT_KINDS: ReadonlySet<string> = new Set([
  'name.full',
  'name.given',
  'name.middle',
  'name.family',
  'email',
  'email.confirm',
  'address.line1',
  'address.line2',
  'address.city',
  'address.postalCode',
]);
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'tel']);

export function shapeStep(
  field: FieldDescriptor,
  answer: Answer,
  radioIndex: number,
  freeText = false,
): { step?: FillAction; why?: string } {
  if (answer.kind === 'none') return { why: answer.why };
  if (answer.kind === 'file') {
    if (field.type !== 'file') return { why: 'a document for a field that is not a file input' };
    return { step: { action: 'attach-file', documentId: answer.document.id, fileName: answer.document.fileName } };
  }
  if (answer.kind === 'check') {
    if (field.type !== 'checkbox') return { why: 'a yes/no answer for a field that is not a checkbox' };
    return { step: { action: 'check', checked: answer.checked } };
  }
  const candidates = answer.kind === 'text' ? (answer.candidates ?? [answer.text]) : answer.candidates;
  // A text box that only suggests (a street-address autocomplete, role=combobox): a person types the answer.
  if (field.control === 'combobox' && freeText && answer.kind === 'text' && !answer.candidates) {
    if (field.options.length === 0 && field.type !== '' && TEXT_INPUT_TYPES.has(field.type))
      return { step: { action: 'set-value', value: answer.text } };
  }
  // A listbox whose options only appear once it is open: name the answer and its other spellings.
  if ((field.control === 'listbox-button' || field.control === 'combobox') && field.options.length === 0) {
    const [first, ...rest] = candidates;
    if (!first) return { why: 'no value' };
    return {
      step: { action: 'choose-listbox', value: first, ...(rest.length ? { alternatives: rest.slice(0, 12) } : {}) },
    };
  }
  const needsOption =
    field.control === 'select' ||
    field.control === 'listbox-button' ||
    field.type === 'radio' ||
    field.control === 'combobox';
  if (needsOption) {
    const byMeaning =
      answer.kind === 'choice' && answer.preferMatch && answer.match
        ? field.options.filter((o) => !o.disabled && !isPlaceholderOption(o) && answer.match?.(o))
        : [];
    let choice = byMeaning.length === 1 ? byMeaning[0] : chooseOption(field.options, candidates)?.option;
    if (!choice && answer.kind === 'choice' && answer.match) {
      const hits = field.options.filter((o) => !o.disabled && !isPlaceholderOption(o) && answer.match?.(o));
      if (hits.length === 1) choice = hits[0];
    }
    if (!choice) return { why: `no option matches "${candidates[0] ?? ''}"` };
    if (field.type === 'radio') {
      // Only the radio that is the chosen answer gets a step.
      const mine = field.options[radioIndex];
      if (!mine || mine.value !== choice.value || mine.text !== choice.text)
        return { why: 'another answer in this group is the one to choose' };
      return { step: { action: 'check', checked: true, optionText: choice.text } };
    }
    if (field.control === 'select')
      return { step: { action: 'select-option', value: choice.value, optionText: choice.text } };
    return { step: { action: 'choose-listbox', value: choice.text } };
  }
  if (field.type === 'checkbox' || field.type === 'file') return { why: 'a text answer for a checkbox or file field' };
  const value = answer.kind === 'text' ? answer.text : (candidates[0] ?? '');
  const fitted =
    field.maxLength !== undefined && value.length > field.maxLength ? fitLength(value, field.maxLength) : value;
  if (!fitted) return { why: `the value does not fit in ${field.maxLength ?? 0} characters` };
  return { step: { action: 'set-value', value: fitted } };
}
