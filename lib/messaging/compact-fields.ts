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

/** A field in a frame's list as compactFields sends it: `control` too may be left out. */
export type SentField = Partial<FieldDescriptor> & Pick<FieldDescriptor, 'id' | 'selector'>;

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

/**
 * A frame's fields as sent: each compacted, and what the field before it already said left out too. `heading` and
 * `form` (most fields share them with the field before), `index` when it is the previous one's plus one, `control`
 * when it is 'input', and `fillable` when it only repeats whether there is a `notFillableReason` (the collector sets
 * one exactly when a field is not fillable). About a quarter less to send at 300 fields (issue #16). The list must be
 * read whole, in order, by expandFields.
 */
export function compactFields(fields: readonly FieldDescriptor[]): SentField[] {
  let heading = '';
  let form = '';
  let index = -1;
  return fields.map((field) => {
    const out: Record<string, unknown> = compactField(field);
    if ((field.heading || '') === heading) delete out.heading;
    else out.heading = field.heading;
    if ((field.form ?? '') === form) delete out.form;
    else out.form = field.form ?? '';
    if (field.index === index + 1) delete out.index;
    if (field.control === 'input') delete out.control;
    if (field.fillable === !field.notFillableReason) delete out.fillable;
    heading = field.heading;
    form = field.form ?? '';
    index = field.index;
    return out as SentField;
  });
}

/** The fields compactFields sent, whole again. */
export function expandFields(fields: readonly SentField[]): FieldDescriptor[] {
  let heading = '';
  let form = '';
  let index = -1;
  return fields.map((sent) => {
    heading = sent.heading ?? heading;
    form = sent.form ?? form;
    index = sent.index ?? index + 1;
    const field = expandField({
      ...sent,
      control: sent.control ?? 'input',
      fillable: sent.fillable ?? !sent.notFillableReason,
      heading,
      index,
    });
    if (form) field.form = form;
    else delete field.form;
    return field;
  });
}
