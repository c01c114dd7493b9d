/**
 * Field descriptors travel from each frame to the background on every fill; most of their text properties are
 * empty on a real form (a field has a label or a placeholder, rarely an aria-describedby and a legend and a
 * pattern). The content script leaves those empty values out and the background puts them back, so the message
 * carries only what the page said (issue #16: about a third less to serialise, send and parse).
 */
import type { FieldDescriptor } from '../engine/types';

/** The properties every descriptor has, at their empty value. Optional ones are never touched. */
const EMPTY = {
  type: '',
  name: '',
  htmlId: '',
  autocomplete: '',
  placeholder: '',
  ariaLabel: '',
  ariaLabelledBy: '',
  description: '',
  labelFor: '',
  labelWrap: '',
  precedingText: '',
  legend: '',
  heading: '',
  pattern: '',
  value: '',
  required: false,
} satisfies Partial<FieldDescriptor>;

/** A descriptor as sent: its empty values left out (and no options or data attributes when it has none). */
export type CompactField = Partial<FieldDescriptor> & Pick<FieldDescriptor, 'id' | 'selector' | 'control'>;

/**
 * Every empty text left out (expandField puts back those every descriptor has; an optional one left empty reads as
 * absent), `required` when false, and no options or data attributes when there are none. Written without the table
 * above, which stays in the background: the injected script's size counts (issue #16).
 */
export function compactField(field: FieldDescriptor): CompactField {
  const out: Record<string, unknown> = { ...field };
  for (const key in out) if (out[key] === '' || (key === 'required' && out[key] === false)) delete out[key];
  if (field.options.length === 0) delete out.options;
  if (Object.keys(field.dataAttributes).length === 0) delete out.dataAttributes;
  return out as CompactField;
}

export function expandField(field: CompactField): FieldDescriptor {
  return {
    ...EMPTY,
    options: [],
    dataAttributes: {},
    fillable: false,
    index: 0,
    ...field,
  };
}
