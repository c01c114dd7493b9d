import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../../lib/engine/types';
import { compactField, expandField } from '../../../lib/messaging/compact-fields';

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
});
