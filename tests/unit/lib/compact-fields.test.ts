import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../../lib/engine/types';
import {
  compactField,
  compactFields,
  expandField,
  expandFields,
  type SentField,
} from '../../../lib/messaging/compact-fields';

const email: FieldDescriptor = {
  id: 'f3',
  selector: '#email',
  control: 'input',
  type: 'email',
  name: 'email',
  htmlId: 'email',
  autocomplete: '',
  placeholder: '',
  ariaLabel: '',
  ariaLabelledBy: '',
  description: '',
  labelFor: 'Email address',
  labelWrap: '',
  precedingText: '',
  legend: '',
  heading: 'Contact',
  dataAttributes: {},
  options: [],
  pattern: '',
  required: false,
  value: '',
  fillable: true,
  index: 3,
  checked: false,
};

describe('field descriptors on the way from the page to the background', () => {
  it('leave their empty values in the page and come back whole', () => {
    const sent = compactField(email);
    expect(sent).not.toHaveProperty('ariaLabel');
    expect(sent).not.toHaveProperty('options');
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(email).length * 0.7);
    expect(expandField(JSON.parse(JSON.stringify(sent)) as typeof sent)).toEqual(email);
    // An optional text left empty reads as absent, as the collector leaves it.
    expect(expandField(compactField({ ...email, form: '' }))).not.toHaveProperty('form');
  });

  it('keep what the page said, options and data attributes included', () => {
    const country: FieldDescriptor = {
      ...email,
      control: 'select',
      type: '',
      required: true,
      fillable: false,
      notFillableReason: 'hidden',
      options: [{ value: 'fr', text: 'France', selected: true }],
      dataAttributes: { 'data-automation-id': 'country' },
    };
    expect(expandField(compactField(country))).toEqual(country);
  });

  it("send a select's options as [value, text, flags] and read them back as they were", () => {
    const degree: FieldDescriptor = {
      ...email,
      control: 'select',
      type: '',
      options: [
        { value: '', text: 'Choose…', selected: true, disabled: true },
        { value: 'phd', text: 'Ph.D.' },
        { value: 'msc', text: 'M.Sc.', disabled: true },
        { value: 'ba', text: 'B.A.', selected: true },
      ],
    };
    const [sent] = compactFields([degree]);
    expect(sent?.options).toEqual([
      ['', 'Choose…', 3],
      ['phd', 'Ph.D.'],
      ['msc', 'M.Sc.', 2],
      ['ba', 'B.A.', 1],
    ]);
    expect(JSON.stringify(sent?.options).length).toBeLessThan(JSON.stringify(degree.options).length * 0.6);
    expect(expandFields(JSON.parse(JSON.stringify([sent])) as SentField[])).toEqual([degree]);
  });

  it('leave out what the field before said and come back whole, in order', () => {
    const page: FieldDescriptor[] = [
      { ...email, id: 'f0', index: 0, form: 'apply' },
      { ...email, id: 'f1', index: 1, form: 'apply', control: 'select' },
      { ...email, id: 'f2', index: 3, heading: '', form: 'apply' },
      { ...email, id: 'f3', index: 4, heading: 'Education', fillable: false, notFillableReason: 'hidden' },
      { ...email, id: 'f4', index: 5, heading: 'Education', fillable: false },
      { ...email, id: 'f5', index: 6, heading: 'Education', form: 'form#2' },
    ];
    const sent = compactFields(page);
    expect(sent[1]).not.toHaveProperty('heading');
    expect(sent[1]).not.toHaveProperty('index');
    expect(sent[0]).not.toHaveProperty('control');
    expect(sent[0]).not.toHaveProperty('fillable');
    expect(sent[2]).toHaveProperty('heading', '');
    expect(sent[2]).toHaveProperty('index', 3);
    expect(sent[3]).toHaveProperty('form', '');
    expect(sent[4]).toHaveProperty('fillable', false);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(page.map(compactField)).length * 0.8);
    expect(expandFields(JSON.parse(JSON.stringify(sent)) as typeof sent)).toEqual(page);
  });
});
