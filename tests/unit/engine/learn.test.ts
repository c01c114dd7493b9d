// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/engine/classify';
import {
  fieldDisplayLabel,
  kindsForValue,
  learnTarget,
  readLearnRequest,
  readSuggestRequest,
  watchableFields,
} from '../../../lib/engine/learn';
import { fieldSignature } from '../../../lib/engine/signature';
import type { FieldKind } from '../../../lib/fields/kinds';
import { collectFromHtml } from './collect-html';
import { testProfile } from './test-profile';

const NOW = new Date('2026-06-01T00:00:00Z');

/** One page with the fields the tests type into; `#odd` is a label no pattern knows. */
const { page } = collectFromHtml(
  `<form>
    <p><label for="odd">Researcher registry number</label> <input id="odd" name="reg"></p>
    <p><label for="first">First name</label> <input id="first" name="first"></p>
    <p><label for="inst">Affiliation</label> <input id="inst" name="inst"></p>
    <p><label for="pw">Password</label> <input id="pw" name="pw" type="password"></p>
    <p><label for="why">Why do you want to review for us?</label> <textarea id="why" name="why"></textarea></p>
    <p><label for="gender">Gender</label> <select id="gender" name="gender"><option value="">Choose</option><option>Female</option></select></p>
    <p><label for="news">Send me news</label> <input id="news" name="news" type="checkbox"></p>
    <p><label for="pre">Department</label> <input id="pre" name="dept" value="Physics"></p>
  </form>`,
  { url: 'https://reviewers.example.org/signup' },
);
const field = (id: string) => {
  const f = page.fields.find((x) => x.htmlId === id);
  if (!f) throw new Error(`no #${id}`);
  return f;
};
const profile = testProfile();
const kinds = (value: string, id = 'odd') => kindsForValue(profile, value, field(id), page, NOW);

describe('which profile fact a typed value is', () => {
  it('recognises an ORCID typed as the bare id or as a link, with or without the scheme', () => {
    expect(kinds('0000-0002-1825-0097')[0]).toBe('orcid.id');
    expect(kinds('https://orcid.org/0000-0002-1825-0097')[0]).toBe('orcid.url');
    expect(kinds('orcid.org/0000-0002-1825-0097')[0]).toBe('orcid.url');
    expect(kinds('http://www.orcid.org/0000-0002-1825-0097/')[0]).toBe('orcid.url');
    // The bare id is not taken for the URL form, nor the URL for the bare id.
    expect(kinds('0000-0002-1825-0097')).not.toContain('orcid.url');
    expect(kinds('orcid.org/0000-0002-1825-0097')).not.toContain('orcid.id');
  });

  it('recognises scholar ids by the id they carry, whatever else the URL says', () => {
    expect(kinds('https://scholar.google.com/citations?hl=en&user=6NUn-xYAAAAJ')[0]).toBe('scholar.url');
    expect(kinds('6NUn-xYAAAAJ')[0]).toBe('scholar.id');
    expect(kinds('https://dblp.org/pid/227/2109.html')[0]).toBe('dblp.url');
    expect(kinds('227/2109')[0]).toBe('dblp.id');
    expect(kinds('EVDMEER')[0]).toBe('github.id');
  });

  it('ignores case, spacing and accents in names and emails', () => {
    expect(kinds('  ELENA.vandermeer@inf.example.ch ')[0]).toBe('email');
    expect(kinds('elena van der meer')[0]).toBe('name.full');
    expect(kinds('Zurich')[0]).toBe('address.city');
  });

  it('tells the full international phone number from the national one by its digits', () => {
    expect(kinds('+41 44 632 11 11')[0]).toBe('phone');
    expect(kinds('+41446321111')[0]).toBe('phone');
    expect(kinds('044 632 11 11')[0]).toBe('phone.national');
    expect(kinds('(044) 632-1111')[0]).toBe('phone.national');
  });

  it('prefers the primary fact to a row that repeats it, and an exact spelling to a normalised one', () => {
    // The current institution is also work row 1's employer; the highest degree's school also education row 2's.
    expect(kinds('ETH Zürich')).toEqual(expect.arrayContaining(['position.institution', 'work.organisation']));
    expect(kinds('ETH Zürich')[0]).toBe('position.institution');
    expect(kinds('University of Cambridge')[0]).toBe('degree.institution');
    // Typed exactly as the preferred name, which is the given name in other letters: the exact one wins.
    const lena = { ...profile, name: { ...profile.name, given: 'Lena', preferred: 'LENA' } };
    expect(kindsForValue(lena, 'LENA', field('odd'), page, NOW)).toEqual(['name.preferred', 'name.given']);
  });

  it('finds nothing for values that are no fact of the profile, or too short to mean anything', () => {
    expect(kinds('0000-0001-5109-3700')).toEqual([]);
    expect(kinds('Someone Else')).toEqual([]);
    expect(kinds('')).toEqual([]);
    expect(kinds('x')).toEqual([]);
    // Four digits are a year or a postal code, not a phone.
    expect(kinds('1111')).not.toContain('phone.national');
  });

  it('never takes a value for a confirm-email box, a yes/no field or a list assembled from many facts', () => {
    const found = kinds('elena.vandermeer@inf.example.ch');
    expect(found).toEqual(['email']);
  });
});

describe('what to offer to remember after an edit', () => {
  const target = (value: string, filledKind?: FieldKind, id = 'odd') =>
    learnTarget({ profile, page, field: field(id), value, filledKind, now: NOW });

  it('offers the fact typed into a field Vitae left empty, and nothing for an unknown value there', () => {
    expect(target('0000-0002-1825-0097')).toBe('orcid.id');
    expect(target('something of my own')).toBeNull();
    expect(target('')).toBeNull();
  });

  it('offers to leave a filled field alone when the person clears it or writes something that is no fact', () => {
    expect(target('', 'position.institution', 'inst')).toBe('ignore');
    expect(target('Independent researcher', 'position.institution', 'inst')).toBe('ignore');
  });

  it('offers the other fact when a filled value is corrected to one, and nothing for a respelling', () => {
    expect(target('Department of Computer Science', 'position.institution', 'inst')).toBe('position.department');
    expect(target('eth zurich', 'position.institution', 'inst')).toBeNull();
    expect(target('https://orcid.org/0000-0002-1825-0097', 'orcid.id')).toBe('orcid.url');
  });
});

describe('which fields of a fill may teach a rule', () => {
  const decisions = classifyPage(page, {});
  const ids = (filled: [string, FieldKind][] = []) =>
    watchableFields(page, decisions, new Map(filled.map(([id, kind]) => [field(id).id, kind]))).map((f) => f.htmlId);

  it('watches filled fields and empty ones Vitae did not recognise', () => {
    expect(ids([['first', 'name.given']])).toEqual(expect.arrayContaining(['odd', 'first', 'inst']));
  });

  it('never watches passwords, free-text answers, demographics, checkboxes or prefilled fields', () => {
    const watched = ids([['first', 'name.given']]);
    for (const id of ['pw', 'why', 'gender', 'news', 'pre']) expect(watched).not.toContain(id);
  });
});

describe('requests from a page', () => {
  it('accept a field id and a string value of bounded length', () => {
    expect(readSuggestRequest({ type: 'rules.suggest', fieldId: 'f12', value: 'x' })).toEqual({
      fieldId: 'f12',
      value: 'x',
    });
    expect(readSuggestRequest({ fieldId: 'f12', value: 'x'.repeat(5_001) })).toHaveProperty('error');
    expect(readSuggestRequest({ fieldId: 'f12', value: 12 })).toHaveProperty('error');
    expect(readSuggestRequest({ fieldId: '<img src=x>', value: '' })).toHaveProperty('error');
    expect(readSuggestRequest(null)).toHaveProperty('error');
    expect(readLearnRequest({ fieldId: 'f3', target: 'ignore' })).toEqual({ fieldId: 'f3', target: 'ignore' });
    expect(readLearnRequest({ fieldId: 'f3' })).toHaveProperty('error');
  });
});

describe('a learned rule', () => {
  it('names the field as the page shows it, and its signature survives a reload with generated ids', () => {
    expect(fieldDisplayLabel(field('odd'))).toBe('Researcher registry number');
    const reloaded = { ...field('odd'), id: 'f99', htmlId: ':r7:' };
    expect(fieldSignature({ ...field('odd'), htmlId: ':r3:' })).toBe(fieldSignature(reloaded));
  });
});
