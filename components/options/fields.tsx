/**
 * Labelled form controls with inline validation. A text field keeps what the person typed while it is invalid and
 * only commits valid values to the store, so the stored profile always passes the schema and autosave never fails
 * on a half-typed email; the error is shown next to the field (and announced) until it is fixed.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../lib/profile/validate';

interface TextFieldProps {
  label: string;
  value: string | undefined;
  /** Called with the trimmed value, or undefined when blank, whenever it is valid. */
  onCommit: (value: string | undefined) => void;
  validate?: (value: string | undefined) => ValidationError;
  /** An error that does not block saving (required but empty, a range that ends before it starts). */
  warning?: ValidationError;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel';
  placeholder?: string;
  wide?: boolean;
  /** Normalise a valid value before committing (e.g. an ORCID URL to the bare iD). */
  normalise?: (value: string) => string;
  /**
   * Rewrite what was pasted (and what is left when the field loses focus) into what the field keeps, in the box
   * itself: a profile URL pasted into an id field becomes the id.
   */
  rewrite?: (value: string) => string;
  children?: ComponentChildren;
  inputMode?: 'numeric' | 'text';
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(props.value ?? '');
  const lastCommitted = useRef(props.value);
  useEffect(() => {
    if (props.value !== lastCommitted.current) {
      lastCommitted.current = props.value;
      setDraft(props.value ?? '');
    }
  }, [props.value]);
  /** Narrowed to one member so Preact's per-type input attribute unions accept the spread. */
  const inputType = (props.type ?? 'text') as 'text';
  const error = props.validate?.(draft);
  const message = error ?? props.warning;
  const onInput = (value: string) => {
    setDraft(value);
    if (props.validate?.(value)) return;
    const trimmed = value.trim();
    const committed = trimmed === '' ? undefined : props.normalise ? props.normalise(trimmed) : trimmed;
    lastCommitted.current = committed;
    props.onCommit(committed);
  };
  const common = {
    id,
    value: draft,
    placeholder: props.placeholder,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message || props.hint ? `${id}-note` : undefined,
    onInput: (e: Event) => {
      const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      const pasted = (e as InputEvent).inputType === 'insertFromPaste';
      onInput(pasted && props.rewrite ? props.rewrite(value) : value);
    },
    onChange: (e: Event) => {
      const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      const rewritten = props.rewrite?.(value);
      if (rewritten !== undefined && rewritten !== value) onInput(rewritten);
    },
  };
  return (
    <div class={`field${props.wide || props.multiline ? ' wide' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={inputType} inputMode={props.inputMode} />
      )}
      {props.children}
      {(message || props.hint) && (
        <small id={`${id}-note`} class={message ? 'error' : 'muted'} role={message ? 'alert' : undefined}>
          {message ?? props.hint}
        </small>
      )}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  validate: (value: string | undefined) => ValidationError;
  hint?: string;
}

/** A whole-number field (years, months) built on TextField so the same draft-while-invalid rule applies. */
export function NumberField(props: NumberFieldProps) {
  return (
    <TextField
      label={props.label}
      value={props.value === undefined ? undefined : String(props.value)}
      validate={props.validate}
      onCommit={(v) => props.onCommit(v === undefined ? undefined : Number(v))}
      inputMode="numeric"
      {...(props.hint ? { hint: props.hint } : {})}
    />
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly T[];
  onChange: (value: T | undefined) => void;
  /** Shown for "no value"; without it the field is required. */
  emptyLabel?: string;
  describe?: (option: T) => string;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          props.onChange(value === '' ? undefined : (value as T));
        }}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.describe ? props.describe(option) : humanise(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: { label: string; checked: boolean | undefined; onChange(value: boolean): void }) {
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        checked={props.checked ?? false}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}

/** `pc-member` → `Pc member`; enough for option labels without a table per picklist. */
export function humanise(value: string): string {
  const words = value.replace(/[-_.]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface StatusMessage {
  ok: boolean;
  text: string;
}

/** A field's link to the page its value names (opened in a new tab), shown once there is one. */
export function FieldLink(props: { href: string | undefined; children?: ComponentChildren }) {
  if (!props.href) return null;
  return (
    <a href={props.href} target="_blank" rel="noopener noreferrer" class="field-link">
      {props.children ?? props.href}
    </a>
  );
}

/** The outcome of an action, announced to screen readers: styled as done or as failed. */
export function StatusLine(props: { message: StatusMessage | undefined }) {
  if (!props.message) return null;
  return (
    <p role="status" class={props.message.ok ? 'ok' : 'error'}>
      {props.message.text}
    </p>
  );
}

/** A table's row of column headings; `{ hidden }` names a column for screen readers only (an actions column). */
export function ColumnHeads(props: { columns: (string | { hidden: string })[] }) {
  return (
    <thead>
      <tr>
        {props.columns.map((column) => (
          <th scope="col" key={typeof column === 'string' ? column : column.hidden}>
            {typeof column === 'string' ? column : <span class="visually-hidden">{column.hidden}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
