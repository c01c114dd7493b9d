/**
 * An option of a select, radio group or listbox as the collector describes it. Its own module, so that value code
 * (lib/values/options.ts) reads options without depending on the engine that uses it.
 */
export interface FieldOption {
  value: string;
  text: string;
  selected?: boolean;
  disabled?: boolean;
}
