/** A text box whose markup value only repeats what it asks for is empty to the planner (lib/engine/shape-step.ts). */
import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../../lib/engine/types';
import { hasValue, showsPrompt } from '../../../lib/engine/shape-step';
import { expandField } from '../../../lib/messaging/compact-fields';

/** A visible text box, as the collector would send it. */
function box(patch: Partial<FieldDescriptor>): FieldDescriptor {
  return expandField({ id: 'f1', selector: '#f1', control: 'input', type: 'text', fillable: true, ...patch });
}

describe('showsPrompt', () => {
  it('takes a markup value that repeats the label, name or placeholder for a prompt', () => {
    expect(showsPrompt(box({ value: 'Email', name: 'fields[email]', markupValue: true }))).toBe(true);
    expect(showsPrompt(box({ value: 'Enter your city', labelFor: 'City', markupValue: true }))).toBe(true);
    expect(showsPrompt(box({ value: 'Last name', placeholder: 'Your last name', markupValue: true }))).toBe(true);
    expect(hasValue(box({ value: 'Email', name: 'fields[email]', markupValue: true }))).toBe(false);
  });

  it('keeps a real value, a value the person typed, and other types', () => {
    // A markup value that answers: a company name is no prompt.
    const company = box({ value: 'Harbor Freight Lines', labelFor: 'Company', markupValue: true });
    expect(showsPrompt(company)).toBe(false);
    expect(hasValue(company)).toBe(true);
    // The same words, typed by the person (the value is no longer the markup's).
    expect(showsPrompt(box({ value: 'Email', name: 'fields[email]' }))).toBe(false);
    // A number box, or a long text, is never a prompt.
    expect(showsPrompt(box({ type: 'number', value: 'Year', labelFor: 'Year', markupValue: true }))).toBe(false);
    const long = 'Tell us about your research interests in detail';
    expect(showsPrompt(box({ value: long, labelFor: long, markupValue: true }))).toBe(false);
  });
});
