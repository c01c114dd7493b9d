/**
 * The fields of one profile row, described as data (label, kind, required) so each section editor is a short table
 * of what its rows hold. Dates get partial-date validation and ranges are checked end-after-start.
 */
import {
  requireText,
  validateCountryCode,
  validateDateRange,
  validateEmail,
  validateEndDate,
  validatePartialDate,
  validatePhone,
  validateUrl,
  validateYear,
  firstError,
} from '../../lib/profile/validate';
import type { JSX } from 'preact';
import type { EndDate, PartialDate } from '../../lib/profile/schema';
import { CheckboxField, NumberField, SelectField, TextField } from './fields';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'end-date'
  | 'year'
  | 'country'
  | 'email'
  | 'url'
  | 'phone'
  | 'lines'
  | 'checkbox'
  | 'select';

export interface FieldSpec<T> {
  key: keyof T & string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly string[];
  hint?: string;
}

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';

type Validator = (value: string | undefined) => string | undefined;
const validateYearText: Validator = (v) => validateYear(v);

/** The text kinds' checks, hints and input types: one row of data per kind instead of a branch per kind. */
const VALIDATORS: Partial<Record<FieldKind, Validator>> = {
  date: validatePartialDate,
  'end-date': validateEndDate,
  country: (v) => validateCountryCode(v?.toUpperCase()),
  email: validateEmail,
  url: validateUrl,
  phone: validatePhone,
};
const HINTS: Partial<Record<FieldKind, string>> = {
  date: DATE_HINT,
  'end-date': `${DATE_HINT}, or present`,
  lines: 'One per line',
};
const INPUT_TYPES: Partial<Record<FieldKind, 'email' | 'url' | 'tel'>> = { email: 'email', url: 'url', phone: 'tel' };

/** What one field is drawn from: its spec, its value, how it commits, and the row's date-range problem. */
interface FieldInput<T> {
  field: FieldSpec<T>;
  value: unknown;
  commit: (value: unknown) => void;
  rangeError: string | undefined;
}

function TextKindField<T>({ field, value, commit, rangeError }: FieldInput<T>) {
  const validate = VALIDATORS[field.kind];
  const warning = firstError(
    field.required ? requireText(value as string | undefined, field.label) : undefined,
    field.key === 'end' ? rangeError : undefined,
  );
  const hint = field.hint ?? HINTS[field.kind];
  return (
    <TextField
      label={field.required ? `${field.label} (required)` : field.label}
      value={value as string | undefined}
      multiline={field.kind === 'textarea'}
      type={INPUT_TYPES[field.kind] ?? 'text'}
      {...(validate ? { validate } : {})}
      {...(field.kind === 'country' ? { normalise: (v: string) => v.toUpperCase() } : {})}
      {...(warning ? { warning } : {})}
      {...(hint ? { hint } : {})}
      onCommit={(v) => commit(field.required ? (v ?? '') : v)}
    />
  );
}

/** The kinds that are not a plain text box; every other kind is a `TextKindField`. */
const CONTROLS: Partial<Record<FieldKind, <T>(input: FieldInput<T>) => JSX.Element>> = {
  checkbox: ({ field, value, commit }) => (
    <CheckboxField label={field.label} checked={value as boolean | undefined} onChange={commit} />
  ),
  select: ({ field, value, commit }) => (
    <SelectField
      label={field.label}
      value={value as string | undefined}
      options={field.options ?? []}
      {...(field.required ? {} : { emptyLabel: '—' })}
      onChange={commit}
    />
  ),
  year: ({ field, value, commit }) => (
    <NumberField
      label={field.label}
      value={value as number | undefined}
      validate={validateYearText}
      onCommit={commit}
    />
  ),
  lines: ({ field, value, commit }) => (
    <TextField
      label={field.label}
      multiline
      hint={field.hint ?? HINTS.lines}
      value={((value as string[] | undefined) ?? []).join('\n')}
      onCommit={(v) => commit(splitLines(v))}
    />
  ),
};

function splitLines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

interface RecordFieldsProps<T extends object> {
  item: T;
  fields: readonly FieldSpec<T>[];
  onChange: (patch: Partial<T>) => void;
}

export function RecordFields<T extends object>({ item, fields, onChange }: RecordFieldsProps<T>) {
  const record = item as Record<string, unknown>;
  const rangeError =
    'start' in record || 'end' in record
      ? validateDateRange(record.start as PartialDate | undefined, record.end as EndDate | undefined)
      : undefined;

  return (
    <div class="field-grid">
      {fields.map((field) => {
        const Control = CONTROLS[field.kind] ?? TextKindField;
        const commit = (value: unknown) => onChange({ [field.key]: value } as Partial<T>);
        return (
          <Control key={field.key} field={field} value={record[field.key]} commit={commit} rangeError={rangeError} />
        );
      })}
    </div>
  );
}
