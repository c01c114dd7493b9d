// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/engine/classify';
import { collectFromHtml } from './collect-html';

function kindOf(body: string, name: string): string {
  const { page } = collectFromHtml(`<!doctype html><html><body>${body}</body></html>`, {
    url: 'https://review.example.org/signup',
  });
  const decisions = classifyPage(page, {});
  const field = page.fields.find((f) => f.name === name);
  const d = decisions.find((x) => x.fieldId === field?.id);
  return d === undefined ? 'none' : d.kind === null ? `leave:${d.leaveAlone}` : d.kind;
}

describe('fields about someone else stay empty', () => {
  it('leaves "a senior colleague who can vouch for you" alone under a Recommendation heading', () => {
    const body = `<form><h2>About you</h2><label>Full name <input name="me"></label>
      <h2>Recommendation</h2>
      <label>Name of a senior colleague who can vouch for you <input name="senior_colleague"></label>
      <label>Their email <input type="email" name="senior_colleague_email"></label></form>`;
    expect(kindOf(body, 'me')).toBe('name.full');
    expect(kindOf(body, 'senior_colleague')).toBe('leave:otherPerson');
    expect(kindOf(body, 'senior_colleague_email')).toBe('leave:otherPerson');
  });

  it("leaves a colleague's name alone even without a section heading", () => {
    const body = `<form><label>Your email <input type="email" name="mine"></label>
      <label>Name of a colleague we may contact <input name="colleague"></label></form>`;
    expect(kindOf(body, 'mine')).toBe('email');
    expect(kindOf(body, 'colleague')).toBe('leave:otherPerson');
  });
});

describe('a field labelled only by its title tooltip', () => {
  it('is read by that title: a type=tel "Card number" box is a card field, not a phone', () => {
    expect(kindOf(`<form><input type="tel" name="k13" title="Card number"></form>`, 'k13')).toBe('leave:payment');
    expect(kindOf(`<form><input type="tel" name="k14" title="Numéro de carte"></form>`, 'k14')).toBe('leave:payment');
  });

  it('still fills a phone box whose title says phone', () => {
    expect(kindOf(`<form><input type="tel" name="k15" title="Mobile phone"></form>`, 'k15')).toBe('phone');
  });
});
