/**
 * A field's signature for learned site rules: stable across page loads, so a rule the user made yesterday
 * still finds the same field today. Built from what a page keeps (control, type, name, id, label text) and
 * stripped of what frameworks regenerate (React `:r3:` ids, long digit runs, uuids).
 */
import { primaryLabel } from './field-text';
import type { FieldDescriptor } from './types';
import { normaliseText } from '../values/normalise';

/** True for ids and names a framework generated on this load (they change on the next). */
export function looksGenerated(value: string): boolean {
  return (
    /^:r[\da-z]+:$|^react-select-\d+|^mui-\d+|^ember\d+|^ext-gen\d+|^input-\d+$|^field-\d+$|^[a-f\d]{8}-[a-f\d]{4}-/i.test(
      value,
    ) ||
    /\d{5,}/.test(value) ||
    /^[a-z\d]{20,}$/i.test(value)
  );
}

/** Keep a name's shape but drop volatile parts: `question_123456` → `question_#`. */
function stable(value: string): string {
  if (!value) return '';
  if (looksGenerated(value) && !/[a-z]{3,}/i.test(value.replace(/[a-f\d]{8}-[a-f\d-]+/gi, ''))) return '';
  return value.replace(/[a-f\d]{8}-[a-f\d]{4}-[a-f\d]{4}-[a-f\d]{4}-[a-f\d]{12}/gi, '#').replace(/\d{5,}/g, '#');
}

export function fieldLabelText(field: FieldDescriptor): string {
  return normaliseText(primaryLabel(field)).slice(0, 80);
}

export function fieldSignature(field: FieldDescriptor): string {
  const parts = [
    'v1',
    `${field.control}/${field.type || '-'}`,
    `n=${stable(field.name)}`,
    `i=${stable(field.htmlId)}`,
    `l=${fieldLabelText(field)}`,
  ];
  return parts.join('|');
}

/** The origin (`https://host[:port]`) of a URL, '' when it has none. */
export function originOf(url: string): string {
  const m = /^([a-z][a-z\d+.-]*:\/\/[^/?#]+)/i.exec(url);
  return m ? (m[1] ?? '').toLowerCase() : '';
}
export function hostOf(url: string): string {
  return originOf(url)
    .replace(/^[a-z][a-z\d+.-]*:\/\//, '')
    .replace(/:\d+$/, '');
}
