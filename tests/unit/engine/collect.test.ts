// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasValue, showsPrompt } from '../../../lib/engine/shape-step';
import { collectDocument, collectFromHtml } from './collect-html';

const OWN = join(__dirname, '..', '..', 'fixtures', 'accuracy');

describe('the shipped collector on pages that fought it', () => {
  it('reads a form whose named controls clobber form.id, form.action and form.className', () => {
    const { page } = collectFromHtml(readFileSync(join(OWN, 'dom-clobbering.html'), 'utf8'));
    const visible = page.fields.filter((f) => f.fillable);
    expect(visible.map((f) => f.name)).toEqual(['first', 'last', 'email']);
    expect(visible.every((f) => f.form === 'subscribe')).toBe(true);
  });

  it('marks a select that shows its markup default, and not one the person changed', () => {
    const html = readFileSync(join(OWN, 'select-defaults.html'), 'utf8');
    const { page } = collectFromHtml(html);
    const country = page.fields.find((f) => f.name === 'country');
    const state = page.fields.find((f) => f.name === 'state');
    expect(country?.value).toBe('CA');
    expect(country?.showsDefault).toBe(true);
    expect(state?.showsDefault).toBe(true);
    // The person picks a country: their choice is a value, not a default.
    const select = document.querySelector<HTMLSelectElement>('#country');
    if (select) select.value = 'DE';
    const again = collectDocument();
    expect(again.page.fields.find((f) => f.name === 'country')?.showsDefault).toBeUndefined();
  });

  it('counts the first real choice after a disabled prompt as the page’s default, not the person’s', () => {
    const { page } = collectFromHtml(readFileSync(join(OWN, 'select-disabled-prompt.html'), 'utf8'));
    const state = page.fields.find((f) => f.name === 'state');
    expect(state?.value).toBe('AL');
    expect(state?.showsDefault).toBe(true);
    expect(page.fields.find((f) => f.name === 'country')?.showsDefault).toBe(true);
    const select = document.querySelector<HTMLSelectElement>('#state');
    if (select) select.value = 'AK';
    expect(collectDocument().page.fields.find((f) => f.name === 'state')?.showsDefault).toBeUndefined();
  });

  it('counts a text box whose markup value only repeats what it asks for as empty, and keeps a real value', () => {
    const { page } = collectFromHtml(readFileSync(join(OWN, 'value-as-prompt.html'), 'utf8'));
    const byName = (name: string) => page.fields.find((f) => f.name === name);
    // The collector says which values are the markup's; the engine decides that these are prompts.
    const answered = (name: string) => {
      const field = byName(name);
      if (!field) throw new Error(`no field ${name}`);
      return { markup: field.markupValue === true, prompt: showsPrompt(field), hasValue: hasValue(field) };
    };
    expect(answered('fields[email]')).toEqual({ markup: true, prompt: true, hasValue: false });
    expect(answered('fields[first_name]')).toEqual({ markup: true, prompt: true, hasValue: false });
    expect(answered('fields[company]')).toEqual({ markup: true, prompt: false, hasValue: true });
  });

  it('marks boxes in role=search, <search>, the navbar and the page header as navigation, not the form’s', () => {
    const { page } = collectFromHtml(readFileSync(join(OWN, 'navigation-boxes.html'), 'utf8'));
    const nav = Object.fromEntries(page.fields.map((f) => [f.name, f.navigation]));
    expect(nav).toEqual({
      name: 'inside role=search',
      email: "in the page's navigation",
      fullname: 'inside a <search> element',
      first_name: undefined,
      last_name: undefined,
      reviewer_email: undefined,
    });
  });

  it('collects a form’s submit button for its words', () => {
    const { page } = collectFromHtml(readFileSync(join(OWN, 'sign-up-reused-ids.html'), 'utf8'));
    expect(page.buttons).toEqual([expect.objectContaining({ text: 'Create account', submit: true, form: 'signin' })]);
  });
});
