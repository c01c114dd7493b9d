/**
 * The serialisable contract between the page and the engine (Bitwarden-style split):
 *   collect (content script, DOM) → PageDescription → classify (lib/, pure) → FieldDecision[]
 *   → plan (lib/, pure, with the profile) → FillStep[] → insert (content script, DOM).
 * Only FillSteps (the values being written) ever reach a page; never the profile.
 */
import type { FieldKind, LeaveAloneReason } from '../fields/kinds';
import type { FieldOption } from '../fields/option';

export type { FieldOption };

export type FieldControl =
  | 'input'
  | 'textarea'
  | 'select'
  | 'contenteditable'
  /** role=combobox text box whose options appear in a listbox (react-select, MUI Autocomplete). */
  | 'combobox'
  /** A button that opens a listbox (Workday `button[aria-haspopup=listbox]`). */
  | 'listbox-button';

export interface FieldDescriptor {
  /** Unique within its frame's PageDescription; how FillSteps name the field. */
  id: string;
  /** A CSS selector (shadow hosts joined by ` >>> `) for reports and tests. */
  selector: string;
  control: FieldControl;
  /** The `type` attribute for inputs (lower case), '' otherwise. */
  type: string;
  name: string;
  /** The element's own `id` attribute. */
  htmlId: string;
  autocomplete: string;
  placeholder: string;
  ariaLabel: string;
  /** Text of the elements named by aria-labelledby. */
  ariaLabelledBy: string;
  /** Text of the elements named by aria-describedby, and help text next to the field. */
  description: string;
  /** Text of `<label for=id>`. */
  labelFor: string;
  /** Text of a wrapping `<label>` (without the field's own text). */
  labelWrap: string;
  /** Nearest preceding text: table cell to the left or above, previous sibling, `<dt>`, Google-Forms title. */
  precedingText: string;
  /** Legend of the enclosing fieldset. */
  legend: string;
  /** Nearest section heading (h1–h6, role=heading, section title) before the field. */
  heading: string;
  /** data-automation-id, data-field-path, data-testid, data-bind and similar attributes. */
  dataAttributes: Record<string, string>;
  /** Options of a select, radio group or open listbox, without the placeholder's meaning removed. */
  options: FieldOption[];
  maxLength?: number;
  pattern: string;
  required: boolean;
  /** The current value (for prefilled detection); '' when empty. */
  value: string;
  /**
   * A select showing the page's own default: the option its markup marks `selected`, or the first one when none
   * is. Nothing the person chose, so the field counts as empty. (Issue 12; optional.)
   */
  showsDefault?: boolean;
  /**
   * A text box still holding the value its markup gave it. When that value only repeats what the box asks for
   * ("Email" in the `fields[email]` box) it is a prompt, not an answer (lib/engine/shape-step.ts `showsPrompt`);
   * the words are compared here in lib, not in the injected script (issue #16, its size budget). Optional.
   */
  markupValue?: boolean;
  /**
   * Why the field is part of the page's navigation, not of a form to fill: inside role=search or `<search>`, or in a
   * `<nav>` or the page's own header outside the form being filled (issue #13 item 10). Never filled. Optional.
   */
  navigation?: string;
  checked?: boolean;
  /** Radio/checkbox group name shares one decision. */
  group?: string;
  /** Visible, enabled, editable per the collector's rules; the engine never fills a field with false here. */
  fillable: boolean;
  /** Why the collector decided the field is not fillable ("hidden", "disabled", "read-only", "covered"…). */
  notFillableReason?: string;
  /** Document order within the frame. */
  index: number;
  /** Inside an open or closed shadow root. */
  inShadow?: boolean;
  /**
   * Which form the field belongs to (the form's id or name, else its position, e.g. "form#2"); '' or absent
   * when outside any form. Lets the engine tell a login form from a sign-up form on the same page. (Added by
   * issue 3; optional.)
   */
  form?: string;
}

export interface PageButton {
  id: string;
  text: string;
  /** Heading of the section the button sits in (to find "Add another education"). */
  heading: string;
  index: number;
  /**
   * A form's submit button ("Create account", "Sign in"), collected for its words only: never pressed. Its form's
   * key (FieldDescriptor.form) when it has one. (Issue 12; optional.)
   */
  submit?: boolean;
  form?: string;
}

export interface PageDescription {
  /** The frame's URL. */
  url: string;
  /** The top page's URL (site rules and adapters key on it). */
  topUrl: string;
  title: string;
  /** Generator meta, body classes, framework markers: signals for site adapters. */
  markers: string[];
  fields: FieldDescriptor[];
  buttons: PageButton[];
  /** How long the collect took in the page, in ms (diagnostics and the benchmark). */
  collectMs?: number;
}

export type Decision =
  | {
      fieldId: string;
      kind: FieldKind;
      /** Which profile row (education i, work i); 0 for single facts. */
      row: number;
      confidence: number;
      reason: string;
      /**
       * A row of an author table (issue #13; optional): the planner fills only the row that is the person and
       * leaves the others alone.
       */
      person?: { block: string; row: number; marked?: boolean; submitterFirst?: boolean };
    }
  | {
      fieldId: string;
      kind: null;
      leaveAlone: LeaveAloneReason;
      confidence: number;
      reason: string;
    };

export type FillAction =
  | { action: 'set-value'; value: string }
  | { action: 'select-option'; value: string; optionText: string }
  /** `optionText`: for a radio, the answer it stands for ("Dr", "Doctorate"), shown in the report. */
  | { action: 'check'; checked: boolean; optionText?: string }
  /**
   * Open the listbox and pick `value`. `alternatives` (added by issue 3, optional) are other spellings of the same
   * answer ("Switzerland", "CH", "Schweiz") for when the options are only known once the list is open.
   */
  | {
      action: 'choose-listbox';
      value: string;
      alternatives?: string[];
      /** A multi-select (issue #18): choose each of `value` and `alternatives` the list offers, and no other. */
      each?: boolean;
    }
  | { action: 'attach-file'; documentId: string; fileName: string }
  | { action: 'click-add' };

export type FillStep = FillAction & {
  fieldId: string;
  kind: FieldKind | 'add-row';
  reason: string;
  confidence: number;
  /** The kind's readable name for the badge ("Given name"); added by the background when it sends the step. */
  label?: string;
};

export interface SkippedField {
  fieldId: string;
  reason: string;
}

export interface FillPlan {
  steps: FillStep[];
  skipped: SkippedField[];
}
