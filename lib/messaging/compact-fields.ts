/**
 * Field descriptors travel from each frame to the background on every fill; most of their text properties are
 * empty on a real form (a field has a label or a placeholder, rarely an aria-describedby and a legend and a
 * pattern). The content script leaves those empty values out and the background puts them back, so the message
 * carries only what the page said (issue #16: about a third less to serialise, send and parse).
 */
import type { FieldDescriptor, FieldOption } from '../engine/types';

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

/**
 * An option as sent: `[value, text]`, with `1` for selected, `2` for disabled (or both, `3`) when it is either. A
 * select's dozen options were a quarter of the collect message as objects naming their keys (issue #16).
 */
export type SentOption = [value: string, text: string, flags?: number];

/** A descriptor as sent: its empty values left out (and no options or data attributes when it has none). */
export type CompactField = Omit<Partial<FieldDescriptor>, 'options'> &
  Pick<FieldDescriptor, 'id' | 'selector' | 'control'> & { options?: SentOption[] };

/** A field in a frame's list as compactFields sends it: `control` too may be left out. */
export type SentField = Omit<CompactField, 'control'> & Partial<Pick<FieldDescriptor, 'control'>>;

/**
 * Every empty text left out (expandField puts back those every descriptor has; an optional one left empty reads as
 * absent), `required` when false, no options or data attributes when there are none, and options as tuples.
 * Built key by key rather than copied and pruned: an object with deleted keys is slower to serialise. Written
 * without the table above, which stays in the background: the injected script's size counts (issue #16).
 */
export function compactField(field: FieldDescriptor): CompactField {
  return compact(field);
}

/** compactField, also leaving out the keys `leave` names (what the field before already said). */
function compact(field: FieldDescriptor, leave?: (key: string, value: unknown) => boolean): CompactField {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(field)) {
    if (value === '' || (key === 'required' && !value) || leave?.(key, value)) continue;
    if (key === 'options') {
      if (field.options.length)
        out.options = field.options.map((o) => {
          const flags = (o.selected ? 1 : 0) + (o.disabled ? 2 : 0);
          return flags ? [o.value, o.text, flags] : [o.value, o.text];
        });
    } else if (key !== 'dataAttributes' || Object.keys(field.dataAttributes).length) out[key] = value;
  }
  return out as CompactField;
}

/** A compacted descriptor whole again; its options as sent (tuples) or already whole (tests build fields so). */
export function expandField({
  options,
  ...field
}: Omit<CompactField, 'options'> & { options?: (SentOption | FieldOption)[] }): FieldDescriptor {
  return {
    ...EMPTY,
    options:
      options?.map((o) => {
        if (!Array.isArray(o)) return o;
        const [value, text, flags = 0] = o;
        return { value, text, ...(flags & 1 ? { selected: true } : {}), ...(flags & 2 ? { disabled: true } : {}) };
      }) ?? [],
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
    const out: Record<string, unknown> = compact(
      field,
      (key, value) =>
        key === 'heading' ||
        key === 'form' ||
        (key === 'index' && value === index + 1) ||
        (key === 'control' && value === 'input') ||
        (key === 'fillable' && value === !field.notFillableReason),
    );
    if ((field.heading || '') !== heading) out.heading = field.heading;
    if ((field.form ?? '') !== form) out.form = field.form ?? '';
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
