/**
 * Collect: read the frame's fields (document, open and closed shadow roots) into a serialisable PageDescription.
 * Every field and "add another" button gets an id that stays the same for the same element across collects, so the
 * background's FillSteps can name them.
 */
import type { FieldControl, FieldDescriptor, FieldOption, PageButton, PageDescription } from '../../lib/engine/types';
import { isAddRowText } from '../../lib/engine/add-row';
import { cleanText, shadowRootOf, textWithoutControls } from './dom';
import {
  HEADING_SELECTOR,
  LabelIndex,
  ariaDescription,
  ariaLabelledBy,
  headingText,
  labelTexts,
  legendText,
  precedingText,
} from './labels';
import { VisibilityChecker, hiddenFieldReason, isDisabled, isReadOnly } from './visibility';
import { comboboxValue, listboxButtonValue } from './widget-values';

export const FIELD_SELECTOR = [
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image])',
  'select',
  'textarea',
  '[contenteditable]:not([contenteditable=false])',
  '[role=combobox]',
  'button[aria-haspopup=listbox]',
].join(',');
const BUTTON_SELECTOR = 'button,[role=button],input[type=button],input[type=submit],a[href="#"],a:not([href])';

const DATA_ATTRIBUTES = ['data-automation-id', 'data-field-path', 'data-testid', 'data-test', 'data-bind', 'data-qa'];

/** Stable ids for elements of this frame, kept for the life of the content script. */
export class ElementRegistry {
  readonly #ids = new WeakMap<Element, string>();
  readonly #byId = new Map<string, WeakRef<Element>>();
  #next = 0;

  idOf(el: Element, prefix: string): string {
    let id = this.#ids.get(el);
    if (!id) {
      this.#next += 1;
      id = `${prefix}${this.#next}`;
      this.#ids.set(el, id);
      this.#byId.set(id, new WeakRef(el));
    }
    return id;
  }

  get(id: string): Element | undefined {
    return this.#byId.get(id)?.deref();
  }
}

/** Every element of a root and of every shadow root under it, in document order. */
function* walkRoots(root: Document | ShadowRoot): Generator<Document | ShadowRoot> {
  yield root;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = mayHostShadow(node as Element) ? shadowRootOf(node as Element) : null;
    if (shadow) yield* walkRoots(shadow);
  }
}

/** Built-in elements that may carry a shadow root (custom elements always may). */
const SHADOW_CAPABLE = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/**
 * Whether to ask for a closed shadow root. The extension API costs a third of a millisecond per call, far too much
 * for every element of a long form: custom elements are asked always, built-in ones only when they have no light
 * content of their own (a shadow host renders its shadow tree instead). Open roots are always found for free.
 */
function mayHostShadow(el: Element): boolean {
  if (el.shadowRoot) return true;
  if (el.localName.includes('-')) return true;
  return el.firstChild === null && SHADOW_CAPABLE.has(el.localName);
}

export function controlOf(el: Element): FieldControl | null {
  const role = el.getAttribute('role');
  if (el.localName === 'button') return 'listbox-button';
  if (role === 'combobox') {
    // A <select role=combobox> or <input role=combobox>: react-select style when it is a text box.
    if (el instanceof HTMLSelectElement) return 'select';
    return 'combobox';
  }
  if (el instanceof HTMLSelectElement) return 'select';
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLInputElement) return 'input';
  if (role === 'listbox') return null;
  if ((el as HTMLElement).isContentEditable) return 'contenteditable';
  return null;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading';
}

/** The control of an element FIELD_SELECTOR matched, without running the selector again (hot on long forms). */
function fieldControlOf(el: Element): FieldControl | null {
  if (el instanceof HTMLInputElement) {
    if (SKIPPED_INPUT_TYPES.has(el.type)) return null;
  } else if (el.localName === 'button') {
    if (el.getAttribute('aria-haspopup') !== 'listbox') return null;
  } else if (el.localName === 'a' || el.getAttribute('role') === 'button') {
    return null;
  } else if (el.getAttribute('contenteditable') === 'false') {
    return null;
  }
  return controlOf(el);
}

/**
 * CSS selectors for reports and tests, built with per-collect caches: the nth-of-type position of every child of a
 * parent is computed once, and an id's uniqueness once per root, so long forms stay linear.
 */
export class SelectorBuilder {
  readonly #positions = new Map<Element, string>();
  readonly #counts = new Map<string, Map<string, number>>();

  selectorOf(el: Element): string {
    const parts: string[] = [];
    let current: Element | null = el;
    while (current) {
      const root = current.getRootNode() as Document | ShadowRoot;
      parts.unshift(this.#pathInRoot(current, root));
      current = root instanceof ShadowRoot ? root.host : null;
    }
    return parts.join(' >>> ');
  }

  /**
   * Whether exactly one element of the root has this value of `attr` (id, name): every value of the root counted in
   * one query, not a query per field.
   */
  #isUnique(attr: 'id' | 'name', value: string, scope: Document | ShadowRoot, rootKey: number): boolean {
    const key = `${rootKey}${attr}`;
    let counts = this.#counts.get(key);
    if (!counts) {
      counts = new Map();
      for (const el of Array.from(scope.querySelectorAll(`[${attr}]`))) {
        const v = el.getAttribute(attr) ?? '';
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      this.#counts.set(key, counts);
    }
    return counts.get(value) === 1;
  }

  readonly #rootKeys = new Map<Node, number>();

  #pathInRoot(el: Element, scope: Document | ShadowRoot): string {
    let rootKey = this.#rootKeys.get(scope);
    if (rootKey === undefined) {
      rootKey = this.#rootKeys.size;
      this.#rootKeys.set(scope, rootKey);
    }
    const ownId = el.getAttribute('id');
    if (!(ownId && this.#isUnique('id', ownId, scope, rootKey))) {
      // `input[name="email"]` when no other element of the root has that name: short and stable.
      const name = el.getAttribute('name');
      if (name && this.#isUnique('name', name, scope, rootKey)) return `${el.localName}[name="${CSS.escape(name)}"]`;
    }
    const segments: string[] = [];
    let current: Element | null = el;
    while (current && current.parentNode && current !== document.documentElement) {
      // getAttribute: a form's `id` property is its `<input name="id">` when it has one (DOM clobbering).
      const id = current.getAttribute('id');
      if (id && this.#isUnique('id', id, scope, rootKey)) {
        segments.unshift(`#${CSS.escape(id)}`);
        break;
      }
      const parent: Node = current.parentNode;
      segments.unshift(this.#position(current, parent));
      current = parent instanceof Element ? parent : null;
    }
    return segments.join(' > ');
  }

  /** `tag` or `tag:nth-of-type(i)`; computes the positions of all of the parent's children at once. */
  #position(el: Element, parent: Node): string {
    const known = this.#positions.get(el);
    if (known) return known;
    const children = Array.from((parent as ParentNode).children);
    const counts = new Map<string, number>();
    for (const child of children) counts.set(child.localName, (counts.get(child.localName) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const child of children) {
      const tag = child.localName;
      const n = (seen.get(tag) ?? 0) + 1;
      seen.set(tag, n);
      this.#positions.set(child, (counts.get(tag) ?? 0) > 1 ? `${tag}:nth-of-type(${n})` : tag);
    }
    return this.#positions.get(el) ?? el.localName;
  }
}

function optionsOf(el: Element): FieldOption[] {
  if (!(el instanceof HTMLSelectElement)) return [];
  return Array.from(el.options)
    .slice(0, 400)
    .map((o) => ({
      value: o.value,
      text: cleanText(o.text, 120),
      ...(o.selected ? { selected: true } : {}),
      ...(o.disabled ? { disabled: true } : {}),
    }));
}

function currentValue(el: Element, control: FieldControl): string {
  if (el instanceof HTMLInputElement) {
    if (el.type === 'file')
      return el.files && el.files.length > 0 ? Array.from(el.files, (f) => f.name).join(', ') : '';
    if (el.type === 'checkbox' || el.type === 'radio') return el.checked ? el.value : '';
    if (control === 'combobox') return comboboxValue(el);
    return el.value;
  }
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.value;
  if (control === 'listbox-button') return listboxButtonValue(el);
  if (control === 'combobox') return comboboxValue(el);
  return cleanText(el.textContent, 2_000);
}

export interface CollectOptions {
  overlayHost: Element | null;
  /** False when the document is never laid out (see VisibilityChecker's `layout`); the content script omits it. */
  layout?: boolean;
  /**
   * Describe only the fields and buttons on the first screen of a long page, so that their values can be written
   * while the rest is collected (issue #16); `partial` tells that some were left for a second, full collect.
   */
  firstScreen?: boolean;
}

/**
 * Below this many fields a page is collected whole at once: a second collect would cost more than it saves (at 300
 * fields the two rounds made the last value 1.4x the peer's whole scan, issue #16).
 */
const FIRST_SCREEN_MIN_FIELDS = 500;

export function collectPage(
  registry: ElementRegistry,
  options: CollectOptions,
): PageDescription & { partial?: boolean } {
  const started = performance.now();
  const labels = new LabelIndex();
  const checker = new VisibilityChecker(
    options.overlayHost,
    (el) => labels.labelsOf(el),
    false,
    undefined,
    options.layout ?? true,
  );
  const selectors = new SelectorBuilder();
  const forms = new FormKeys();
  const radios = new RadioGroups(labels);
  const fields: FieldDescriptor[] = [];
  const buttons: PageButton[] = [];
  // The collect hit-tests only what is in view (it never scrolls: see VisibilityChecker's scrollToTest).
  const firstScreen =
    options.firstScreen === true && document.querySelectorAll(FIELD_SELECTOR).length > FIRST_SCREEN_MIN_FIELDS;
  const partial = collectInto(
    fields,
    buttons,
    { registry, checker, labels, selectors, forms, radios, heading: '' },
    { ...options, firstScreen },
  );
  return {
    ...(partial ? { partial } : {}),
    url: location.href,
    topUrl: topUrl(),
    title: document.title,
    markers: markers(),
    fields,
    buttons,
    collectMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** A box that does not reach into the viewport. */
function offScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth;
}

/**
 * The walk itself: every root in document order, fields and "add" buttons into the given lists. True when, asked
 * for the first screen only, it left some out (their indices are kept: a full collect numbers fields the same).
 */
function collectInto(
  fields: FieldDescriptor[],
  buttons: PageButton[],
  context: DescribeContext,
  options: CollectOptions,
): boolean {
  const { registry, checker } = context;
  let index = 0;
  let partial = false;
  let offScreenRun = 0;
  for (const root of walkRoots(document)) {
    const inShadow = root instanceof ShadowRoot;
    // One pass in document order over headings, fields and buttons: the last heading seen is the section's.
    let heading = inShadow ? headingText(root.host) : '';
    const nodes = root.querySelectorAll(`${HEADING_SELECTOR},${FIELD_SELECTOR},${BUTTON_SELECTOR}`);
    for (const el of Array.from(nodes)) {
      if (options.overlayHost?.contains(el)) continue;
      if (isHeading(el)) {
        heading = textWithoutControls(el, 120);
        continue;
      }
      const control = fieldControlOf(el);
      if (control) {
        // The text box inside a contenteditable region is collected once, as the region.
        if (control === 'contenteditable' && el.parentElement?.isContentEditable) continue;
        if (options.firstScreen && offScreen(el)) {
          partial = true;
          // Forty fields in a row off the screen: the walk is past it, the rest waits for the full collect.
          if (++offScreenRun > 40) return true;
        } else {
          offScreenRun = 0;
          fields.push(describeOrReport({ ...context, heading }, el, control, index, inShadow));
        }
        index += 1;
        continue;
      }
      const input = el instanceof HTMLInputElement;
      if (input && el.type !== 'button' && el.type !== 'submit') continue;
      const text = input
        ? cleanText(el.getAttribute('value'), 80)
        : textWithoutControls(el, 80) || cleanText(el.getAttribute('aria-label'));
      // A submit button's words say what its form does ("Create account"); it is described, never pressed.
      // "Add", "Add another", "+ Add education", in every language the classifier reads (lib/engine/add-row.ts).
      const add = !input && isAddRowText(text);
      const submit = !add && isSubmitButton(el);
      if (!add && !submit) continue;
      if (!text || checker.hiddenReason(el) || isDisabled(el)) continue;
      // "Add another" is pressed only from a full collect: the rows below the fold may already be there.
      if (add && options.firstScreen) partial = true;
      else {
        const form = submit ? context.forms.keyOf(el) : '';
        buttons.push({
          id: registry.idOf(el, 'b'),
          text,
          heading,
          index,
          ...(submit ? { submit: true } : {}),
          ...(form ? { form } : {}),
        });
      }
      index += 1;
    }
  }
  return partial;
}

/** `<button>` (type submit, the default) or `<input type=submit>` inside a form. */
function isSubmitButton(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.type === 'submit';
  if (el.localName !== 'button') return false;
  const type = (el.getAttribute('type') ?? 'submit').toLowerCase();
  return type === 'submit' && el.closest('form') !== null;
}

/**
 * The key of the form a field belongs to (FieldDescriptor.form): the form's id or name, else its position among
 * this frame's forms ("form#2"); '' outside any form. The engine groups radios and tells a login form from a
 * sign-up form on the same page by it.
 */
export class FormKeys {
  readonly #keys = new Map<HTMLFormElement, string>();
  readonly #used = new Set<string>();

  keyOf(el: Element): string {
    const owner = 'form' in el ? (el as HTMLInputElement).form : null;
    const form = owner ?? el.closest('form');
    if (!form) return '';
    let key = this.#keys.get(form);
    if (key === undefined) {
      // Attributes, not properties: `<input name="id">` inside a form makes `form.id` that input.
      const name = form.getAttribute('id') || form.getAttribute('name') || '';
      key = name ? cleanText(name, 80) : `form#${this.#keys.size + 1}`;
      // Two forms that share an id (a reset page's "enter your email" step and its "new password" step) are still
      // two forms: one must not lend the other its purpose.
      if (this.#used.has(key)) key = `${key}#${this.#keys.size + 1}`;
      this.#keys.set(form, key);
      this.#used.add(key);
    }
    return key;
  }
}

/**
 * The options of a radio group, in document order: every radio of the same name in the same form (or, outside any
 * form, in the same document or shadow root), each with its label. The engine gives the group one decision and
 * picks the option; each radio's own place in this list says whether it is the one to tick.
 */
export class RadioGroups {
  readonly #groups = new Map<Node, Map<string, FieldOption[]>>();

  readonly #labels: LabelIndex;

  constructor(labels: LabelIndex) {
    this.#labels = labels;
  }

  optionsOf(input: HTMLInputElement): FieldOption[] {
    const scope: Node = input.form ?? input.getRootNode();
    let byName = this.#groups.get(scope);
    if (!byName) {
      byName = new Map();
      this.#groups.set(scope, byName);
    }
    let options = byName.get(input.name);
    if (!options) {
      const root = scope as ParentNode;
      const members = Array.from(root.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter(
        (r) => r.name === input.name && (r.form ?? r.getRootNode()) === scope,
      );
      options = members.map((r) => {
        const { labelFor, labelWrap } = labelTexts(r, this.#labels);
        return { value: r.value, text: labelFor || labelWrap || r.value };
      });
      byName.set(input.name, options);
    }
    return options;
  }
}

interface DescribeContext {
  radios: RadioGroups;
  forms: FormKeys;
  registry: ElementRegistry;
  checker: VisibilityChecker;
  labels: LabelIndex;
  selectors: SelectorBuilder;
  heading: string;
}

function topUrl(): string {
  try {
    return window.top?.location.href ?? location.href;
  } catch {
    // Cross-origin parent: the ancestor origins are what the frame may know.
    const origins = location.ancestorOrigins;
    return origins && origins.length > 0 ? (origins[origins.length - 1] ?? location.href) : document.referrer;
  }
}

function markers(): string[] {
  const out: string[] = [];
  const generator = document.querySelector('meta[name=generator]')?.getAttribute('content');
  if (generator) out.push(`generator:${cleanText(generator, 80)}`);
  if (document.querySelector('[data-reactroot], #__next, #root')) out.push('react');
  if (document.querySelector('[ng-version]')) out.push('angular');
  if (document.querySelector('[data-bind]')) out.push('knockout');
  if (document.querySelector('[data-automation-id]')) out.push('workday');
  const bodyClass = document.body?.className;
  if (typeof bodyClass === 'string' && bodyClass) out.push(`body:${cleanText(bodyClass, 120)}`);
  return out;
}

/**
 * Whether a single select shows its markup's default (see FieldDescriptor.showsDefault), not the person's choice.
 * With no option marked `selected`, the browser shows the first option it may select: after a disabled prompt
 * ("- - Select a State - -") that is the first real choice (Alabama, AK), which nobody chose.
 */
function showsDefault(select: HTMLSelectElement): boolean {
  if (select.multiple) return false;
  const options = Array.from(select.options);
  const chosen = options[select.selectedIndex];
  if (!chosen || chosen.defaultSelected) return true;
  if (options.some((o) => o.defaultSelected)) return false;
  const selectable = (o: HTMLOptionElement) =>
    !o.disabled && !(o.parentElement instanceof HTMLOptGroupElement && o.parentElement.disabled);
  return select.selectedIndex <= Math.max(0, options.findIndex(selectable));
}

/**
 * Why a field belongs to the page's navigation (FieldDescriptor.navigation), or undefined: a search landmark
 * (`<search>`, role=search), a `<nav>`, or the page's own header. A header inside an article, a section or a form is
 * that part's heading, and a landmark inside the field's form belongs to that form.
 */
function navigationOf(el: Element): string | undefined {
  const search = el.closest('search, [role="search"]');
  if (search) return search.localName === 'search' ? 'inside a <search> element' : 'inside role=search';
  const landmark = el.closest('nav, [role="navigation"], [role="banner"], header');
  if (!landmark) return undefined;
  if (
    landmark.localName === 'header' &&
    !landmark.hasAttribute('role') &&
    landmark.parentElement?.closest('article, aside, main, nav, section, form, [role="main"], [role="dialog"]')
  )
    return undefined;
  const form = el.closest('form');
  if (form && form.contains(landmark)) return undefined;
  const role = landmark.getAttribute('role');
  return `in the page's ${role === 'navigation' || landmark.localName === 'nav' ? 'navigation' : 'header'}`;
}

/**
 * One field that cannot be read costs that field only: the rest of the frame is still described (and filled), and
 * this one is reported as not fillable with what went wrong.
 */
function describeOrReport(
  context: DescribeContext,
  el: Element,
  control: FieldControl,
  index: number,
  inShadow: boolean,
): FieldDescriptor {
  try {
    return describe(context, el, control, index, inShadow);
  } catch (error) {
    const reason = `Vitae could not read this field (${error instanceof Error ? error.message : String(error)})`;
    const blank = '';
    return {
      id: context.registry.idOf(el, 'f'),
      selector: el.localName,
      control,
      type: blank,
      name: el.getAttribute('name') ?? blank,
      htmlId: blank,
      autocomplete: blank,
      placeholder: blank,
      ariaLabel: blank,
      ariaLabelledBy: blank,
      description: blank,
      labelFor: blank,
      labelWrap: blank,
      precedingText: blank,
      legend: blank,
      heading: context.heading,
      dataAttributes: {},
      options: [],
      pattern: blank,
      required: false,
      value: blank,
      fillable: false,
      notFillableReason: cleanText(reason),
      index,
    };
  }
}

function describe(
  { registry, checker, labels, selectors, forms, radios, heading }: DescribeContext,
  el: Element,
  control: FieldControl,
  index: number,
  inShadow: boolean,
): FieldDescriptor {
  const input = el instanceof HTMLInputElement ? el : null;
  const type = input ? input.type.toLowerCase() : '';
  const dataAttributes: Record<string, string> = {};
  for (const name of DATA_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) dataAttributes[name] = cleanText(value, 200);
  }
  const { labelFor, labelWrap } = labelTexts(el, labels);
  const required = el.hasAttribute('required') || el.getAttribute('aria-required') === 'true';
  const maxLength = input || el instanceof HTMLTextAreaElement ? (el as HTMLInputElement).maxLength : -1;
  const value = currentValue(el, control);

  let notFillableReason: string | null = null;
  if (isDisabled(el)) notFillableReason = 'disabled';
  else if (isReadOnly(el) && control !== 'combobox') notFillableReason = 'read-only';
  else notFillableReason = hiddenFieldReason(el, control, labels, checker);

  const descriptor: FieldDescriptor = {
    id: registry.idOf(el, 'f'),
    selector: selectors.selectorOf(el),
    control,
    type,
    name: el.getAttribute('name') ?? '',
    htmlId: el.getAttribute('id') ?? '',
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase().trim(),
    placeholder: cleanText(el.getAttribute('placeholder')),
    ariaLabel: cleanText(el.getAttribute('aria-label')),
    ariaLabelledBy: ariaLabelledBy(el),
    description: ariaDescription(el),
    labelFor,
    labelWrap,
    precedingText: precedingText(el),
    legend: legendText(el),
    heading,
    dataAttributes,
    options: optionsOf(el),
    pattern: el.getAttribute('pattern') ?? '',
    required,
    value,
    fillable: notFillableReason === null,
    index,
  };
  if (maxLength > 0) descriptor.maxLength = maxLength;
  if (el instanceof HTMLSelectElement) {
    if (showsDefault(el)) descriptor.showsDefault = true;
  } else if (
    (input || el instanceof HTMLTextAreaElement) &&
    value.trim() &&
    (el as HTMLInputElement).value.trim() === (el as HTMLInputElement).defaultValue.trim()
  ) {
    // Whether that value only repeats what the box asks for is lib's to say (shape-step.ts showsPrompt).
    descriptor.markupValue = true;
  }
  const navigation = navigationOf(el);
  if (navigation) descriptor.navigation = navigation;
  if (input && (type === 'checkbox' || type === 'radio')) {
    descriptor.checked = input.checked;
    const own = { value: input.value, text: labelFor || labelWrap || input.value };
    // A named radio carries its whole group's options (see RadioGroups); a lone checkbox or unnamed radio its own.
    descriptor.options = type === 'radio' && input.name ? radios.optionsOf(input) : [own];
    if (input.name) descriptor.group = input.name;
  }
  if (notFillableReason) descriptor.notFillableReason = notFillableReason;
  if (inShadow) descriptor.inShadow = true;
  const form = forms.keyOf(el);
  if (form) descriptor.form = form;
  return descriptor;
}
