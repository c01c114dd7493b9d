/**
 * A test collector: fixture HTML → PageDescription, with happy-dom, for the engine's tests and the accuracy
 * benchmark. `describeDocument` only touches the DOM through the `Document` it is given (no globals), so the
 * in-page collector can share its text extraction.
 *
 * Texts gathered per field: `<label for>`, wrapping label, aria-labelledby, aria-label, placeholder, the nearest
 * preceding text block (table cell to the left or above, previous sibling, `<dt>`, Google-Forms title), legend,
 * nearest heading, aria-describedby, data-* attributes, options.
 */
import { Window } from 'happy-dom';
import type {
  FieldControl,
  FieldDescriptor,
  FieldOption,
  PageButton,
  PageDescription,
} from '../../../lib/engine/types';

const ELEMENT = 1;
const TEXT = 3;
const SKIP_TEXT_IN = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'SVG',
]);
const INLINE = new Set([
  'SPAN',
  'B',
  'STRONG',
  'I',
  'EM',
  'ABBR',
  'SMALL',
  'SUP',
  'SUB',
  'FONT',
  'A',
  'U',
  'LABEL',
  'BR',
]);
const NON_FIELD_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function isControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT') return !NON_FIELD_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  if (el.getAttribute('role') === 'combobox' && tag !== 'INPUT') return !el.querySelector('input');
  if (tag === 'BUTTON' && el.getAttribute('aria-haspopup') === 'listbox') return true;
  return false;
}

function controlOf(el: Element): FieldControl {
  const tag = el.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'BUTTON') return 'listbox-button';
  if (el.getAttribute('role') === 'combobox') return 'combobox';
  if (tag !== 'INPUT') return 'contenteditable';
  return 'input';
}

/** Text of an element without the text of form controls and options inside it. */
function ownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) parts.push(node.textContent ?? '');
    else if (node.nodeType === ELEMENT) {
      const e = node as Element;
      if (SKIP_TEXT_IN.has(e.tagName) || e.tagName === 'INPUT') return;
      for (const child of Array.from(e.childNodes)) walk(child);
    }
  };
  walk(el);
  return clean(parts.join(' '));
}

function hiddenByMarkup(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const style = (e.getAttribute('style') ?? '').toLowerCase().replace(/\s/g, '');
    if (/display:none|visibility:hidden/.test(style)) return true;
    if (e.getAttribute('aria-hidden') === 'true' && e !== el) return true;
  }
  return false;
}

function textOfIds(doc: Document, ids: string | null): string {
  if (!ids) return '';
  return clean(
    ids
      .split(/\s+/)
      .map((id) => {
        const target = id ? doc.getElementById(id) : null;
        return target ? ownText(target) : '';
      })
      .join(' '),
  );
}

/** Table layouts: the cell to the left, else the cell above in the same column. */
function tableCellText(el: Element): string {
  const cell = el.closest('td, th');
  if (!cell) return '';
  let prev = cell.previousElementSibling;
  while (prev) {
    const text = ownText(prev);
    if (text) return text;
    prev = prev.previousElementSibling;
  }
  // Grids of inputs under a header row: climb to the first row whose cell in this column holds no input.
  const row = cell.parentElement;
  const column = row ? Array.from(row.children).indexOf(cell) : -1;
  for (let r = row?.previousElementSibling; r; r = r.previousElementSibling) {
    const above = r.children[column];
    if (!above) return '';
    if (!above.querySelector('input, select, textarea')) return ownText(above);
  }
  return '';
}

export interface CollectOptions {
  url?: string;
  /** Attribute holding the expected label in fixtures (`data-expect`, or the corpus's `data-manual-scoring`). */
  expectAttribute?: string;
}

export interface CollectedPage {
  page: PageDescription;
  /** field id → expected label, for fields that carry one. */
  expected: Map<string, string>;
}

/** Describe every field of a parsed document. Uses only the given document, no globals. */
export function describeDocument(doc: Document, options: CollectOptions = {}): CollectedPage {
  const url = options.url ?? 'https://example.org/';
  const expectAttribute = options.expectAttribute ?? 'data-expect';
  const fields: FieldDescriptor[] = [];
  const buttons: PageButton[] = [];
  const expected = new Map<string, string>();
  const forms = Array.from(doc.querySelectorAll('form'));
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  let heading = '';
  let lastTextNode: Node | null = null;
  let lastControl: Element | null = null;
  const precedingOf = (el: Element): string => {
    const fromCell = tableCellText(el);
    if (fromCell) return fromCell;
    if (!lastTextNode) return '';
    // The block the last text node belongs to, as long as it does not contain this field.
    let block: Element | null = lastTextNode.parentElement;
    while (block && INLINE.has(block.tagName) && block.parentElement && !block.parentElement.contains(el)) {
      block = block.parentElement;
    }
    if (!block || block.contains(el)) return clean(lastTextNode.textContent);
    if (lastControl && block.contains(lastControl)) return clean(lastTextNode.textContent);
    return ownText(block).slice(0, 200);
  };
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === TEXT) {
      const parent = node.parentElement;
      if (
        !parent ||
        SKIP_TEXT_IN.has(parent.tagName) ||
        parent.closest('script, style, noscript, template, select, option, button, svg')
      )
        continue;
      if (clean(node.textContent)) lastTextNode = node;
      continue;
    }
    const el = node as Element;
    if (/^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading') {
      const text = ownText(el);
      if (text) heading = text;
      continue;
    }
    if ((el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') && !isControl(el)) {
      const text = clean(el.textContent);
      if (text) buttons.push({ id: `b${buttons.length}`, text, heading, index: buttons.length });
      continue;
    }
    if (el.tagName === 'INPUT' && /^(submit|button)$/i.test(el.getAttribute('type') ?? '')) {
      const text = clean(el.getAttribute('value'));
      if (text) buttons.push({ id: `b${buttons.length}`, text, heading, index: buttons.length });
      continue;
    }
    if (!isControl(el)) continue;
    const control = controlOf(el);
    const type = control === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
    const htmlId = el.getAttribute('id') ?? '';
    const wrap = el.closest('label');
    const labelFor = htmlId
      ? clean(
          Array.from(doc.querySelectorAll('label'))
            .filter((l) => l.getAttribute('for') === htmlId)
            .map((l) => ownText(l))
            .join(' '),
        )
      : '';
    const fieldset = el.closest('fieldset');
    const legendEl = fieldset ? Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND') : undefined;
    const dataAttributes: Record<string, string> = {};
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('data-') && attr.name !== expectAttribute && attr.name !== 'data-expect-row') {
        dataAttributes[attr.name] = attr.value;
      }
    }
    let fieldOptions: FieldOption[] = [];
    if (control === 'select') {
      fieldOptions = Array.from(el.querySelectorAll('option')).map((o) => ({
        value: o.getAttribute('value') ?? clean(o.textContent),
        text: clean(o.textContent),
        ...(o.hasAttribute('selected') ? { selected: true } : {}),
        ...(o.hasAttribute('disabled') ? { disabled: true } : {}),
      }));
    }
    const name = el.getAttribute('name') ?? '';
    const formEl = el.closest('form');
    if (type === 'radio' && name) {
      const scope = formEl ?? doc;
      fieldOptions = Array.from(scope.querySelectorAll('input[type=radio]'))
        .filter((r) => r.getAttribute('name') === name)
        .map((r) => {
          const rid = r.getAttribute('id');
          const forLabel = rid
            ? Array.from(doc.querySelectorAll('label')).find((l) => l.getAttribute('for') === rid)
            : undefined;
          const text = forLabel ? ownText(forLabel) : ownText(r.closest('label') ?? r);
          return { value: r.getAttribute('value') ?? 'on', text };
        });
    }
    const maxLengthAttr = Number(el.getAttribute('maxlength'));
    const style = (el.getAttribute('style') ?? '').toLowerCase();
    const disabled = el.hasAttribute('disabled');
    const readOnly = el.hasAttribute('readonly');
    const hidden = hiddenByMarkup(el) || /left:-\d{3,}px|opacity:0/.test(style.replace(/\s/g, ''));
    const value =
      control === 'select'
        ? ''
        : control === 'contenteditable'
          ? ownText(el)
          : (el.getAttribute('value') ?? clean(control === 'textarea' ? el.textContent : ''));
    const field: FieldDescriptor = {
      id: `f${fields.length}`,
      selector: htmlId
        ? `#${htmlId}`
        : name
          ? `${el.tagName.toLowerCase()}[name="${name}"]`
          : `${el.tagName.toLowerCase()}:nth-of-type(${fields.length + 1})`,
      control,
      type: type === 'checkbox' || type === 'radio' || control === 'input' ? type : '',
      name,
      htmlId,
      autocomplete: el.getAttribute('autocomplete') ?? '',
      placeholder: el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder') ?? '',
      ariaLabel: el.getAttribute('aria-label') ?? '',
      ariaLabelledBy: textOfIds(doc, el.getAttribute('aria-labelledby')),
      description: [textOfIds(doc, el.getAttribute('aria-describedby')), el.getAttribute('title') ?? '']
        .map((t) => t.trim())
        .filter(Boolean)
        .join(' '),
      labelFor,
      labelWrap: wrap ? ownText(wrap) : '',
      precedingText: precedingOf(el),
      legend: legendEl ? ownText(legendEl) : '',
      heading,
      dataAttributes,
      options: fieldOptions,
      ...(Number.isFinite(maxLengthAttr) && maxLengthAttr > 0 ? { maxLength: maxLengthAttr } : {}),
      pattern: el.getAttribute('pattern') ?? '',
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
      value: type === 'checkbox' || type === 'radio' ? '' : value,
      ...(type === 'checkbox' || type === 'radio'
        ? { checked: el.hasAttribute('checked'), group: name || undefined }
        : {}),
      fillable: !disabled && !readOnly && !hidden,
      ...(disabled
        ? { notFillableReason: 'disabled' }
        : readOnly
          ? { notFillableReason: 'read-only' }
          : hidden
            ? { notFillableReason: 'hidden' }
            : {}),
      index: fields.length,
      form: formEl ? formEl.getAttribute('id') || formEl.getAttribute('name') || `form#${forms.indexOf(formEl)}` : '',
    };
    if (field.group === undefined) delete field.group;
    fields.push(field);
    const label = el.getAttribute(expectAttribute);
    if (label) expected.set(field.id, label);
    lastControl = el;
    lastTextNode = null;
  }
  const markers: string[] = [];
  const generator = doc.querySelector('meta[name=generator]')?.getAttribute('content');
  if (generator) markers.push(`generator:${generator}`);
  const bodyClass = doc.body?.getAttribute('class');
  if (bodyClass) markers.push(`body:${bodyClass}`);
  const appMarker = doc.querySelector('[data-vitae-marker]')?.getAttribute('data-vitae-marker');
  if (appMarker) markers.push(appMarker);
  return {
    page: { url, topUrl: url, title: clean(doc.title), markers, fields, buttons },
    expected,
  };
}

/** Parse HTML with happy-dom (no scripts, no network) and describe it. */
export function collectFromHtml(html: string, options: CollectOptions = {}): CollectedPage {
  const window = new Window({
    url: options.url ?? 'https://example.org/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    const parser = new window.DOMParser();
    const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
    return describeDocument(doc, options);
  } finally {
    void window.happyDOM.abort();
    window.close();
  }
}
