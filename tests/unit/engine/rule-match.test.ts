// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../../../lib/engine/classify';
import { attributeTexts, labelSources } from '../../../lib/engine/field-text';
import { TEXT_RULES } from '../../../lib/engine/patterns';
import { RuleMatcher, anyOf } from '../../../lib/engine/rule-match';
import { collectFromHtml } from './collect-html';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'forms');

/** Every label text and attribute text of our fixture forms, as the classifier sees them. */
function fixtureTexts(): { labels: string[]; attrs: string[] } {
  const labels = new Set<string>(['', 'email', 'first name', 'password', 'preferred start date 12', 'answer']);
  const attrs = new Set<string>(['', 'q12', 'first name', 'cc number', 'honeypot']);
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) {
    const { page } = collectFromHtml(readFileSync(join(FIXTURES, file), 'utf8'));
    for (const f of page.fields) {
      for (const l of labelSources(f)) labels.add(l.text);
      for (const a of attributeTexts(f)) attrs.add(a.text);
    }
  }
  return { labels: [...labels], attrs: [...attrs] };
}

describe('the text rules, each text tested once', () => {
  const { labels, attrs } = fixtureTexts();

  it('gives every rule the verdict its own regexes give, for every label and attribute text of the fixtures', () => {
    const matcher = new RuleMatcher();
    let yes = 0;
    TEXT_RULES.forEach((rule, i) => {
      for (const text of labels) {
        const direct = rule.label !== undefined && rule.label.test(text) && !rule.not?.test(text);
        expect(matcher.label(text).has(i), `rule ${i} (${rule.target}) on label '${text}'`).toBe(direct);
        if (direct) yes++;
      }
      for (const text of attrs) {
        const direct = rule.attr !== undefined && rule.attr.test(text) && !rule.not?.test(text);
        expect(matcher.attr(text).has(i), `rule ${i} (${rule.target}) on attribute '${text}'`).toBe(direct);
        expect(matcher.attrNot(text).has(i)).toBe(rule.attrNot?.test(text) === true);
      }
    });
    // The fixtures do name things the rules know: the comparison above is not all "no".
    expect(yes).toBeGreaterThan(50);
  });

  it('asks the same text object again instead of testing it again', () => {
    const matcher = new RuleMatcher();
    expect(matcher.label('email')).toBe(matcher.label('email'));
    expect(new RuleMatcher().label('email')).not.toBe(matcher.label('email'));
  });

  it('combines regexes only where the combination is exact', () => {
    const any = anyOf([/^a$/, /b\d/, undefined]);
    expect(any?.test('a')).toBe(true);
    expect(any?.test('xb1')).toBe(true);
    expect(any?.test('ab')).toBe(false);
    expect(any?.test('xa')).toBe(false);
    // Flags, back-references and named groups would change meaning once joined: no shortcut.
    expect(anyOf([/a/i, /b/])).toBeUndefined();
    expect(anyOf([/(a)\1/, /b/])).toBeUndefined();
    expect(anyOf([/(?<x>a)/, /b/])).toBeUndefined();
    expect(anyOf([undefined])).toBeUndefined();
  });

  it('keeps no verdict from one page to the next: a page classifies the same after another page', () => {
    const html = (body: string) => `<!doctype html><html><body><form>${body}</form></body></html>`;
    const first = html(
      '<label for="a">Email</label><input id="a" name="email"><label for="b">Password</label><input id="b" type="password" name="pw">',
    );
    const second = html(
      '<label for="c">Email</label><input id="c" name="contact"><label for="d">Referee email</label><input id="d" name="ref">',
    );
    const alone = classifyPage(collectFromHtml(second).page);
    classifyPage(collectFromHtml(first).page);
    const after = classifyPage(collectFromHtml(second).page);
    expect(after).toEqual(alone);
    expect(alone.map((d) => d.kind ?? d.leaveAlone)).toEqual(['email', 'otherPerson']);
  });
});
