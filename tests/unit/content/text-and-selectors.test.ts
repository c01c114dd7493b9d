// @vitest-environment happy-dom
/**
 * The collector's text reading (entrypoints/content/dom.ts textWithoutControls) and CSS selectors
 * (entrypoints/content/collect.ts SelectorBuilder), rewritten for speed in issue #16: the same answers as before.
 */
import { describe, expect, it } from 'vitest';
import { textWithoutControls } from '../../../entrypoints/content/dom';
import { SelectorBuilder } from '../../../entrypoints/content/collect';

function show(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
}

function one(selector: string): Element {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

describe('textWithoutControls', () => {
  it('reads a label beside its input', () => {
    show(`<label id="l">  Given
      name <input name="g"></label>`);
    expect(textWithoutControls(one('#l'))).toBe('Given name');
  });

  it('keeps words of nested elements apart, in document order', () => {
    show(`<label id="l">Email<b>address</b><span><i>(work)</i></span> only</label>`);
    expect(textWithoutControls(one('#l'))).toBe('Email address (work) only');
  });

  it('leaves out option lists, textarea values, scripts and styles', () => {
    show(`<div id="d">Country <select><option>France</option><optgroup><option>Peru</option></optgroup></select>
      <textarea>typed text</textarea><script>var x = 1;</script><style>.a{}</style><span>of residence</span></div>`);
    expect(textWithoutControls(one('#d'))).toBe('Country of residence');
  });

  it('caps the text', () => {
    show(`<p id="p">${'word '.repeat(100)}<span>${'more '.repeat(100)}</span></p>`);
    const text = textWithoutControls(one('#p'), 30);
    expect(text.length).toBeLessThanOrEqual(30);
    expect(text.trim()).toBe('word word word word word word');
  });
});

describe('SelectorBuilder', () => {
  it('names a field by its id when no other element has it, else by a unique name, else by its path', () => {
    show(`<form>
      <div><input id="solo" name="a"></div>
      <div><input id="twice" name="only"></div><div><span id="twice"></span></div>
      <div id="box"><input name="same"><input name="same"></div>
    </form>`);
    const selectors = new SelectorBuilder();
    const [solo, twice, first, second] = Array.from(document.querySelectorAll('input'));
    if (!solo || !twice || !first || !second) throw new Error('fixture changed');
    expect(selectors.selectorOf(solo)).toBe('#solo');
    expect(selectors.selectorOf(twice)).toBe('input[name="only"]');
    expect(selectors.selectorOf(first)).toBe('#box > input:nth-of-type(1)');
    expect(selectors.selectorOf(second)).toBe('#box > input:nth-of-type(2)');
    for (const el of [solo, twice, first, second]) {
      expect(document.querySelectorAll(selectors.selectorOf(el))).toHaveLength(1);
      expect(document.querySelector(selectors.selectorOf(el))).toBe(el);
    }
  });
});
