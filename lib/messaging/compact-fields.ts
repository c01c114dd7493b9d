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

/** A field in a frame's list as compactFields sends it: `control` and `id` too may be left out. */
export type SentField = Omit<CompactField, 'control' | 'id'> & Partial<Pick<FieldDescriptor, 'control' | 'id'>>;

/**
 * What a descriptor says without sending it: its `type` when an input's is "text" (else ""), and its
 * `precedingText` when it only repeats the field's label (as it does on most forms: a fifth of the collect message).
 */
const defaultType = (control: string | undefined) => (control === 'input' ? 'text' : '');
const labelOf = (field: Partial<FieldDescriptor>) => field.labelFor || field.labelWrap || '';

/**
 * Every empty text left out (expandField puts back those every descriptor has; an optional one left empty reads as
 * absent), `required` when false, `type` and `precedingText` when they say what expandField assumes, no options or
 * data attributes when there are none, and options as tuples. With `before` (the field before it in the frame's
 * list), also what that field already said (see compactFields).
 *
 * One `for…in` with the tests written out: the injected script runs cold on a fresh page, where a loop over
 * Object.entries with a callback per key cost 11 ms of a 300-field collect and this loop about 1 ms (issue #16). Built
 * key by key rather than copied and pruned: an object with deleted keys is slower to serialise. Written without the
 * table above, which stays in the background: the injected script's size counts.
 */
function compact(field: FieldDescriptor, before?: { index: number; id: number }): CompactField {
  const out: Record<string, unknown> = {};
  for (const key in field) {
    const value = field[key as keyof FieldDescriptor];
    if (key === 'options') {
      if (field.options.length)
        out.options = field.options.map((o) => {
          const flags = (o.selected ? 1 : 0) + (o.disabled ? 2 : 0);
          return flags ? [o.value, o.text, flags] : [o.value, o.text];
        });
    } else if (key === 'dataAttributes') {
      for (const _ in field.dataAttributes) {
        out.dataAttributes = value;
        break;
      }
    } else if (
      key === 'type'
        ? value !== defaultType(field.control)
        : key === 'precedingText'
          ? value !== labelOf(field)
          : value !== '' &&
            !(key === 'required' && !value) &&
            !(
              before &&
              (key === 'heading' ||
                key === 'form' ||
                (key === 'id' && value === `f${before.id + 1}`) ||
                (key === 'index' && value === before.index + 1) ||
                (key === 'control' && value === 'input') ||
                (key === 'fillable' && value === !field.notFillableReason))
            )
    )
      out[key] = value;
  }
  return out as CompactField;
}

export function compactField(field: FieldDescriptor): CompactField {
  return compact(field);
}

/** A compacted descriptor whole again; its options as sent (tuples) or already whole (tests build fields so). */
export function expandField({
  options,
  ...field
}: Omit<CompactField, 'options'> & { options?: (SentOption | FieldOption)[] }): FieldDescriptor {
  return {
    ...EMPTY,
    type: defaultType(field.control),
    precedingText: labelOf(field),
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
 * `form` (most fields share them with the field before), `id` when it is the next number after the previous field's
 * ("f12" after "f11": the page numbers elements as it meets them), `index` when it is the previous one's plus one,
 * `control` when it is 'input', and `fillable` when it only repeats whether there is a `notFillableReason` (the
 * collector sets one exactly when a field is not fillable). The list must be read whole, in order, by expandFields.
 */
export function compactFields(fields: readonly FieldDescriptor[]): SentField[] {
  let heading = '';
  let form = '';
  const before = { index: -1, id: -1 };
  return fields.map((field) => {
    const out: Record<string, unknown> = compact(field, before);
    if (field.heading !== heading) out.heading = field.heading;
    if ((field.form ?? '') !== form) out.form = field.form ?? '';
    heading = field.heading;
    form = field.form ?? '';
    before.index = field.index;
    // The page's ids are "f" and a number; any other reads as NaN, which no next id matches.
    before.id = +field.id.slice(1);
    return out as SentField;
  });
}

/** The fields compactFields sent, whole again. */
export function expandFields(fields: readonly SentField[]): FieldDescriptor[] {
  let heading = '';
  let form = '';
  let index = -1;
  let id = -1;
  return fields.map((sent) => {
    heading = sent.heading ?? heading;
    form = sent.form ?? form;
    index = sent.index ?? index + 1;
    const field = expandField({
      ...sent,
      id: sent.id ?? `f${id + 1}`,
      control: sent.control ?? 'input',
      fillable: sent.fillable ?? !sent.notFillableReason,
      heading,
      index,
    });
    id = +field.id.slice(1);
    if (form) field.form = form;
    else delete field.form;
    return field;
  });
}
