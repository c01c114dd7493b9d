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

function validatorFor(kind: FieldKind): ((value: string | undefined) => string | undefined) | undefined {
  switch (kind) {
    case 'date':
      return validatePartialDate;
    case 'end-date':
      return validateEndDate;
    case 'year':
      return (v) => validateYear(v);
    case 'country':
      return (v) => validateCountryCode(v?.toUpperCase());
    case 'email':
      return validateEmail;
    case 'url':
      return validateUrl;
    case 'phone':
      return validatePhone;
    default:
      return undefined;
  }
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
  const set = (key: string, value: unknown) => onChange({ [key]: value } as Partial<T>);

  return (
    <div class="field-grid">
      {fields.map((field) => {
        const value = record[field.key];
        switch (field.kind) {
          case 'checkbox':
            return (
              <CheckboxField
                key={field.key}
                label={field.label}
                checked={value as boolean | undefined}
                onChange={(v) => set(field.key, v)}
              />
            );
          case 'select':
            return (
              <SelectField
                key={field.key}
                label={field.label}
                value={value as string | undefined}
                options={field.options ?? []}
                {...(field.required ? {} : { emptyLabel: '—' })}
                onChange={(v) => set(field.key, v)}
              />
            );
          case 'year':
            return (
              <NumberField
                key={field.key}
                label={field.label}
                value={value as number | undefined}
                validate={(v) => validateYear(v)}
                onCommit={(v) => set(field.key, v)}
              />
            );
          case 'lines':
            return (
              <TextField
                key={field.key}
                label={field.label}
                multiline
                hint={field.hint ?? 'One per line'}
                value={((value as string[] | undefined) ?? []).join('\n')}
                onCommit={(v) =>
                  set(
                    field.key,
                    (v ?? '')
                      .split('\n')
                      .map((line) => line.trim())
                      .filter(Boolean),
                  )
                }
              />
            );
          default: {
            const validate = validatorFor(field.kind);
            const warning = firstError(
              field.required ? requireText(value as string | undefined, field.label) : undefined,
              field.key === 'end' ? rangeError : undefined,
            );
            const hint =
              field.hint ??
              (field.kind === 'date' ? DATE_HINT : field.kind === 'end-date' ? `${DATE_HINT}, or present` : undefined);
            return (
              <TextField
                key={field.key}
                label={field.required ? `${field.label} (required)` : field.label}
                value={value as string | undefined}
                multiline={field.kind === 'textarea'}
                type={
                  field.kind === 'email'
                    ? 'email'
                    : field.kind === 'url'
                      ? 'url'
                      : field.kind === 'phone'
                        ? 'tel'
                        : 'text'
                }
                {...(validate ? { validate } : {})}
                {...(field.kind === 'country' ? { normalise: (v: string) => v.toUpperCase() } : {})}
                {...(warning ? { warning } : {})}
                {...(hint ? { hint } : {})}
                onCommit={(v) => set(field.key, field.required ? (v ?? '') : v)}
              />
            );
          }
        }
      })}
    </div>
  );
}
