// @vitest-environment happy-dom
/**
 * The in-page collector's label reading (entrypoints/content/labels.ts) on layouts the fuzzer found it misreading.
 */
import { describe, expect, it } from 'vitest';
import { precedingText } from '../../../entrypoints/content/labels';

function field(key: string): Element {
  const el = document.querySelector(`[data-k="${key}"]`);
  if (!el) throw new Error(`no field ${key}`);
  return el;
}

/** Put a fixture page in the document (parsed, as a page's own HTML would be). */
function show(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
}

describe('the text before a field in a table layout', () => {
  it('takes the words before the field in its own cell, not the first row of the table', () => {
    // Fuzz seed 739: a captcha's <label> without `for` sat in the same cell; the first row (a field of its own,
    // "Research interests") was read as the column's header, and the captcha was filled with research interests.
    show(`<table><tbody>
      <tr><td></td><td><label for="a">Intereses de investigación</label> <input id="a" data-k="a"></td></tr>
      <tr><td></td><td><label>Introduzca los caracteres</label> <input data-k="b"></td></tr>
    </tbody></table>`);
    expect(precedingText(field('b'))).toBe('Introduzca los caracteres');
  });
  it('never reads a row holding fields as the header of the rows below', () => {
    show(`<table><tbody>
      <tr><td></td><td><label for="a">Email</label> <input id="a" data-k="a"></td></tr>
      <tr><td></td><td><input data-k="b"></td></tr>
    </tbody></table>`);
    expect(precedingText(field('b'))).toBe('');
  });
  it('reads the header cell above a grid of fields', () => {
    show(`<table>
      <tr><th>Institution</th><th>Degree</th></tr>
      <tr><td><input data-k="a"></td><td><input data-k="b"></td></tr>
      <tr><td><input data-k="c"></td><td><input data-k="d"></td></tr>
    </table>`);
    expect(['a', 'b', 'c', 'd'].map((k) => precedingText(field(k)))).toEqual([
      'Institution',
      'Degree',
      'Institution',
      'Degree',
    ]);
  });
  it('still reads the cell to the left first', () => {
    show(`<table><tr><td>Surname</td><td><input data-k="a"></td></tr></table>`);
    expect(precedingText(field('a'))).toBe('Surname');
  });
});

describe('a section heading before a field', () => {
  it('is not the label of the first of the several fields it introduces', () => {
    // Fuzz seeds 754 and 790: "联系方式" (contact details) over a block was read as the first field's label.
    show(`<form><h2>联系方式</h2>
      <div class="row"><input type="tel" name="card" data-k="a"></div>
      <div class="row"><label for="e">Email</label> <input id="e" data-k="b"></div></form>`);
    expect(precedingText(field('a'))).toBe('');
    show(`<form><fieldset><legend>Contact</legend>
      <div><input type="tel" name="card" data-k="c"></div><div><input name="email" data-k="d"></div></fieldset></form>`);
    expect(precedingText(field('c'))).toBe('');
  });
  it('is the label of the one field under it', () => {
    show(`<form><div><h3>Email address</h3><input data-k="a"></div>
      <div><h3>Phone</h3><input data-k="b"></div></form>`);
    expect(precedingText(field('a'))).toBe('Email address');
    expect(precedingText(field('b'))).toBe('Phone');
  });
});
